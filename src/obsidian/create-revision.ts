import { normalizePath, Notice, parseYaml, TFile, type App } from 'obsidian';
import {
  analyze,
  buildRevisionNote,
  decodeSnapshot,
  evidenceExcerpt,
  firstParagraphOfNote,
  gaugesBefore,
  previousRevision,
  revisionPath,
  splitFrontmatter,
  type Day,
  type RevisionTemplate,
} from '../model';
import { formatDate } from './format-date';
import type { LiveIndex } from './live-index';
import { toNoteInput } from './note-input';
import { openAndSay } from './open-created';
import { ensureFolder } from './write-notes';

/** A note's frontmatter as Obsidian parses it: the check that a revision reads back. */
function readFrontmatter(text: string) {
  const { yaml } = splitFrontmatter(text);
  if (yaml === null) return {};
  try {
    return { frontmatter: parseYaml(yaml) as unknown };
  } catch (e) {
    return { frontmatterError: e instanceof Error ? e.message : String(e) };
  }
}

/** Paths being written right now: a second click while the first is writing opens, never writes. */
const inFlight = new Set<string>();

/** The template note the settings name, with its frontmatter as Obsidian parsed it. */
async function readTemplate(app: App, path: string): Promise<RevisionTemplate | null> {
  if (!path) return null;
  const file =
    app.vault.getFileByPath(normalizePath(path)) ??
    app.metadataCache.getFirstLinkpathDest(path, '');
  if (!(file instanceof TFile)) {
    new Notice(
      `The revision template ${path} does not exist; the built-in template was used. Choose another note in the settings.`,
    );
    return null;
  }
  const input = toNoteInput(file, app.metadataCache.getFileCache(file), false);
  return {
    path: file.path,
    text: await app.vault.cachedRead(file),
    frontmatter: input.frontmatter,
    error: input.frontmatterError ?? null,
  };
}

/**
 * Create revision note: the model's revision note for `today` (template filled, snapshot
 * recorded), created whole with one `vault.create` or not at all, then opened. Today's
 * revision, if it exists, is opened instead, never overwritten.
 */
export async function createRevision(
  app: App,
  index: LiveIndex,
  today: Day,
  now: { hours: number; minutes: number } = { hours: 0, minutes: 0 },
): Promise<TFile | null> {
  const settings = index.settings;
  const graph = index.graph();
  const at = revisionPath(settings, today, formatDate);
  if (!at.ok) {
    new Notice(at.message);
    return null;
  }
  const path = normalizePath(at.path);
  const todays = graph.revisions.find((r) => r.date === today)?.path ?? path;
  const existing = app.vault.getFileByPath(todays);
  if (existing || inFlight.has(path)) {
    const whole = !existing || decodeSnapshot(await app.vault.cachedRead(existing)) !== null;
    const message = whole
      ? "Today's revision already exists; it was opened, not overwritten."
      : `Today's revision ${existing.basename} exists but holds no snapshot of the model, so the next revision would have nothing to compare with. It was opened, not overwritten: use "Add snapshot to this revision", or delete it and create the revision again.`;
    if (existing) await openAndSay(app, existing, message);
    else new Notice(message);
    return existing;
  }
  inFlight.add(path);
  try {
    const before = previousRevision(graph, today);
    let previous = null;
    if (before) {
      const file = app.vault.getFileByPath(before.path);
      const text = file ? await app.vault.cachedRead(file) : '';
      previous = { date: before.date, snapshot: decodeSnapshot(text) };
    }
    const analysis = analyze(graph, settings, today, undefined, gaugesBefore(previous));
    // The metadata cache holds no body text: read the first paragraph of the evidence the
    // revision lists, where no `summary` says what happened.
    for (const e of analysis.evidence) {
      if (e.happened !== null || (before && e.date <= before.date)) continue;
      const file = app.vault.getFileByPath(e.file);
      if (!file) continue;
      e.happened = firstParagraphOfNote(await app.vault.cachedRead(file));
      e.excerpt = evidenceExcerpt(e.happened, e.lesson);
    }
    const note = buildRevisionNote({
      graph,
      analysis,
      settings,
      time: now,
      template: await readTemplate(app, settings.revisionTemplate),
      previous,
      link: (target, from) => {
        const file = app.vault.getFileByPath(target);
        return `[[${file ? app.metadataCache.fileToLinktext(file, from, true) : target.replace(/\.md$/, '')}]]`;
      },
      formatDate,
      readFrontmatter,
    });
    if (!note.ok) {
      new Notice(note.message);
      return null;
    }
    await ensureFolder(app, settings.folders.revisions);
    const file = await app.vault.create(path, note.content);
    await openAndSay(app, file, `Created ${file.basename}.`);
    return file;
  } catch (e) {
    new Notice(`The revision could not be created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  } finally {
    inFlight.delete(path);
  }
}
