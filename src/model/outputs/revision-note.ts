import type { Analysis } from '../analyze/analyze';
import type { Day } from '../dates';
import type { Graph } from '../graph/graph';
import { LIMITS } from '../read/limits';
import type { NoteInput } from '../read/note-input';
import { getProperty, isFrontmatterMap } from '../read/properties';
import { readNote } from '../read/read-note';
import { splitFrontmatter } from '../read/split-frontmatter';
import { readTags } from '../read/tags';
import type { Settings } from '../settings';
import { article } from '../words';
import { cleanNoteName, notePath } from '../write/file-names';
import { frontmatterText, yamlString } from '../write/yaml-text';
import type { DateFormatter } from './format-date';
import { DEFAULT_REVISION_TEMPLATE, revisionSections } from './revision-text';
import { decodeSnapshot, encodeSnapshot, takeSnapshot, type Snapshot } from './snapshot';
import { fillTemplate } from './template';

/** A template note as its host read it: text, and its frontmatter parsed (or why not). */
export interface RevisionTemplate {
  path: string;
  text: string;
  /** The parsed frontmatter; undefined when the note has none. */
  frontmatter: unknown;
  /** Set when the frontmatter is not valid YAML. */
  error: string | null;
}

export interface RevisionRequest {
  graph: Graph;
  analysis: Analysis;
  settings: Settings;
  time: { hours: number; minutes: number };
  /** Null: the built-in template. */
  template: RevisionTemplate | null;
  previous: { date: Day; snapshot: Snapshot | null } | null;
  /** A wikilink from the note at `from` to the note at `to`, as the host writes links. */
  link: (to: string, from: string) => string;
  /** Moment.js tokens as the host formats them (`{{date:FORMAT}}`, `{{time}}`, file names). */
  formatDate: DateFormatter;
  /** A note's frontmatter as the host's own reader reads it, to check the revision reads back. */
  readFrontmatter: (
    text: string,
  ) => Pick<NoteInput, 'frontmatter' | 'frontmatterError' | 'tooLarge'>;
}

export type RevisionNote =
  { ok: true; path: string; name: string; content: string } | { ok: false; message: string };

/** Where today's revision goes: the revisions folder and the file name format. */
export function revisionPath(
  settings: Settings,
  today: Day,
  formatDate: DateFormatter,
): { ok: true; path: string; name: string } | { ok: false; message: string } {
  const name = cleanNoteName(formatDate({ day: today }, settings.revisionFileFormat));
  if (!name.ok)
    return {
      ok: false,
      message: `The revision file name format gives an unusable name: ${name.message}`,
    };
  return { ok: true, path: notePath(settings.folders.revisions, name.name), name: name.name };
}

/** The revision before `today`, if any: the one the new revision compares against. */
export function previousRevision(graph: Graph, today: Day): { path: string; date: Day } | null {
  return [...graph.revisions].reverse().find((r) => r.date < today) ?? null;
}

/** The frontmatter lines without the top-level keys `drop` (any case) and what belongs to them. */
function withoutKeys(yaml: string, drop: readonly string[]): string[] {
  const out: string[] = [];
  let skipping = false;
  for (const line of yaml.split(/\r?\n/)) {
    const key = /^([^\s#][^:]*?)\s*:/.exec(line)?.[1];
    if (key !== undefined) skipping = drop.includes(key.toLowerCase());
    else if (!/^(\s|-)/.test(line) && line.trim() !== '') skipping = false;
    if (!skipping) out.push(line);
  }
  return out.filter((l, i, all) => l.trim() !== '' || i < all.length - 1);
}

/**
 * Today's revision note, whole (SPEC §4): path, then frontmatter with the revision tag and
 * today's date (beside the template's own properties), the filled template, and the snapshot
 * the next revision compares against. A template whose frontmatter is not valid YAML is
 * refused, so that nothing half-made is ever written.
 */
export function buildRevisionNote(req: RevisionRequest): RevisionNote {
  const { analysis, settings, template } = req;
  const today = analysis.today;
  const { formatDate } = req;
  const at = revisionPath(settings, today, formatDate);
  if (!at.ok) return at;
  const sections = revisionSections({
    graph: req.graph,
    analysis,
    previous: req.previous,
    link: (to) => req.link(to, at.path),
  });
  const filled = fillTemplate(template?.text ?? DEFAULT_REVISION_TEMPLATE, (key, arg) => {
    if (key === 'date') return arg ? formatDate({ day: today }, arg) : today;
    if (key === 'time') return formatDate({ day: today, ...req.time }, arg ?? 'HH:mm');
    if (key === 'title') return at.name;
    // Own keys only: `{{constructor}}` is no placeholder and stays as written.
    return Object.prototype.hasOwnProperty.call(sections, key) ? (sections[key] ?? null) : null;
  });
  const tag = settings.tags.revision;
  const block = splitFrontmatter(filled);
  let head: string;
  let body: string;
  if (block.yaml === null) {
    head = frontmatterText({ tags: [tag], date: today });
    body = filled;
  } else {
    const fm = template?.frontmatter;
    if (template?.error || (fm !== undefined && fm !== null && !isFrontmatterMap(fm))) {
      return {
        ok: false,
        message: `The revision template ${template?.path ?? ''} has frontmatter that is not valid YAML${template?.error ? ` (${template.error})` : ''}; no revision was created. Fix the YAML between its "---" lines, or clear the template in the settings.`,
      };
    }
    const props = isFrontmatterMap(fm) ? fm : {};
    const tagsKey = getProperty(props, 'tags') ?? getProperty(props, 'tag');
    const raw = tagsKey?.value;
    const tags = (
      Array.isArray(raw) ? (raw as unknown[]) : raw === undefined || raw === null ? [] : [raw]
    )
      .filter((t): t is string | number => typeof t === 'string' || typeof t === 'number')
      .map(String);
    if (!readTags(props).includes(tag)) tags.push(tag);
    const kept = withoutKeys(block.yaml.replace(/\r?\n$/, ''), [
      'date',
      (tagsKey?.key ?? 'tags').toLowerCase(),
    ]);
    head = [
      '---',
      ...kept,
      'tags:',
      ...tags.map((t) => `  - ${yamlString(t)}`),
      `date: ${today}`,
      '---',
      '',
    ].join('\n');
    body = block.body;
  }
  const snapshot = takeSnapshot(req.graph, analysis);
  const content = `${head}${body.replace(/[\r\n]+$/, '')}\n\n${encodeSnapshot(snapshot)}`;
  const unreadable = whyNotReadBack(req, at.path, content, snapshot);
  if (unreadable)
    return {
      ok: false,
      message: `The revision would not be read back as today's revision: ${unreadable}; no revision was created.`,
    };
  return { ok: true, path: at.path, name: at.name, content };
}

/**
 * Why the model, reading the vault again, would not find `content` at `path` as today's
 * revision with its snapshot; null when it would. A revision that is written and then never
 * counted is worse than none: the settings and templates that would make one are refused here.
 */
function whyNotReadBack(
  req: RevisionRequest,
  path: string,
  content: string,
  snapshot: Snapshot,
): string | null {
  const { settings, analysis } = req;
  if (path.split('/').some((part) => part.startsWith('.')))
    return `${path} is a hidden file or lies in a hidden folder, where Obsidian reads no notes. Choose another revisions folder or file name format in the settings`;
  const size = new TextEncoder().encode(content).length;
  if (size > LIMITS.fileBytes)
    return `it would be larger than ${LIMITS.fileBytes / 1_000_000} MB, the most a note may have. Shorten the revision template${req.template ? ` ${req.template.path}` : ''}`;
  const note = readNote({ path, mtime: 0, size, ...req.readFrontmatter(content) }, settings);
  const props = note.props;
  if (props?.kind !== 'revision') {
    const why =
      note.problems[0]?.message ??
      (props
        ? `it would be read as ${article(props.kind)} note`
        : `it would not carry the revision tag ${settings.tags.revision}`);
    return `${why} Check the revision template's frontmatter and the tags in the settings`;
  }
  if (props.date !== analysis.today)
    return `its date would read as ${props.date}. Check the revision template's date property`;
  if (JSON.stringify(decodeSnapshot(content)) !== JSON.stringify(snapshot))
    return 'its snapshot of the model would not read back. Remove the "%% work-model-snapshot" lines from the revision template';
  return null;
}
