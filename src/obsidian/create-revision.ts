import { normalizePath, Notice, TFile, type App } from 'obsidian';
import {
  analyze,
  cleanNoteName,
  decodeSnapshot,
  DEFAULT_REVISION_TEMPLATE,
  encodeSnapshot,
  fillTemplate,
  frontmatterText,
  notePath,
  revisionSections,
  takeSnapshot,
  type Day,
} from '../model';
import { formatDate } from './format-date';
import type { LiveIndex } from './live-index';
import { ensureFolder } from './write-notes';

/** Paths being written right now: a second click while the first is writing opens, never writes. */
const inFlight = new Set<string>();

async function readTemplate(app: App, path: string): Promise<string> {
  if (!path) return DEFAULT_REVISION_TEMPLATE;
  const file =
    app.vault.getFileByPath(normalizePath(path)) ??
    app.metadataCache.getFirstLinkpathDest(path, '');
  if (file instanceof TFile) return app.vault.cachedRead(file);
  new Notice(
    `The revision template ${path} does not exist; the built-in template was used. Choose another note in the settings.`,
  );
  return DEFAULT_REVISION_TEMPLATE;
}

/**
 * Create revision note: fills the template with the model of `today`, records a snapshot for
 * the next revision to compare with, and opens the note. Today's revision, if it exists, is
 * opened instead, never overwritten.
 */
export async function createRevision(
  app: App,
  index: LiveIndex,
  today: Day,
  now: { hours: number; minutes: number } = { hours: 0, minutes: 0 },
): Promise<TFile | null> {
  const settings = index.settings;
  const graph = index.graph();
  const name = cleanNoteName(formatDate({ day: today }, settings.revisionFileFormat));
  if (!name.ok) {
    new Notice(`The revision file name format gives an unusable name: ${name.message}`);
    return null;
  }
  const path = normalizePath(notePath(settings.folders.revisions, name.name));
  const todays = graph.revisions.find((r) => r.date === today)?.path ?? path;
  const existing = app.vault.getFileByPath(todays);
  if (existing || inFlight.has(path)) {
    if (existing) await app.workspace.getLeaf(false).openFile(existing);
    new Notice("Today's revision already exists; it was opened, not overwritten.");
    return existing;
  }
  inFlight.add(path);
  try {
    const previousRef = [...graph.revisions].reverse().find((r) => r.date < today) ?? null;
    let previous = null;
    if (previousRef) {
      const file = app.vault.getFileByPath(previousRef.path);
      const text = file ? await app.vault.cachedRead(file) : '';
      previous = { date: previousRef.date, snapshot: decodeSnapshot(text) };
    }
    const analysis = analyze(graph, settings, today);
    const link = (target: string) => {
      const file = app.vault.getFileByPath(target);
      return `[[${file ? app.metadataCache.fileToLinktext(file, path, true) : target.replace(/\.md$/, '')}]]`;
    };
    const sections = revisionSections({ graph, analysis, previous, link });
    const template = await readTemplate(app, settings.revisionTemplate);
    const filled = fillTemplate(template, (key, arg) => {
      if (key === 'date') return arg ? formatDate({ day: today }, arg) : today;
      if (key === 'time') return formatDate({ day: today, ...now }, arg ?? 'HH:mm');
      if (key === 'title') return name.name;
      return sections[key] ?? null;
    });
    const hasFrontmatter = /^---\r?\n/.test(filled);
    const head = hasFrontmatter
      ? ''
      : frontmatterText({ tags: [settings.tags.revision], date: today });
    const content = `${head}${filled.trimEnd()}\n\n${encodeSnapshot(takeSnapshot(graph, analysis))}`;
    await ensureFolder(app, settings.folders.revisions);
    const file = await app.vault.create(path, content);
    if (hasFrontmatter) {
      // The template brings its own properties: add the revision tag and date beside them.
      await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
        const tags = Array.isArray(fm.tags) ? (fm.tags as unknown[]) : fm.tags ? [fm.tags] : [];
        if (!tags.includes(settings.tags.revision)) fm.tags = [...tags, settings.tags.revision];
        fm.date = today;
      });
    }
    await app.workspace.getLeaf(false).openFile(file);
    new Notice(`Created ${file.basename}.`);
    return file;
  } catch (e) {
    new Notice(`The revision could not be created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  } finally {
    inFlight.delete(path);
  }
}
