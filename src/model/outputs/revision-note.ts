import type { Analysis } from '../analyze/analyze';
import type { Day } from '../dates';
import type { Graph } from '../graph/graph';
import { getProperty, isFrontmatterMap } from '../read/properties';
import { splitFrontmatter } from '../read/split-frontmatter';
import { readTags } from '../read/tags';
import type { Settings } from '../settings';
import { cleanNoteName, notePath } from '../write/file-names';
import { frontmatterText, yamlString } from '../write/yaml-text';
import type { DateFormatter } from './format-date';
import { DEFAULT_REVISION_TEMPLATE, revisionSections } from './revision-text';
import { encodeSnapshot, takeSnapshot, type Snapshot } from './snapshot';
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
    return sections[key] ?? null;
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
  const snapshot = encodeSnapshot(takeSnapshot(req.graph, analysis));
  return {
    ok: true,
    path: at.path,
    name: at.name,
    content: `${head}${body.replace(/[\r\n]+$/, '')}\n\n${snapshot}`,
  };
}
