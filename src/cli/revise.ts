import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  buildRevisionNote,
  decodeSnapshot,
  isMarkdownPath,
  LinkResolver,
  linktextFor,
  revisionPath,
  type Analysis,
  type Day,
  type Graph,
  type NoteInput,
  type RevisionTemplate,
  type Settings,
  type Snapshot,
} from '../model';
import { errorCode } from './error-code';
import { parseFrontmatter } from './parse-frontmatter';
import { placeInVault } from './place-in-vault';
import type { CliIo } from './cli-io';
import { escapeControls } from './escape-text';
import { formatDate } from './format-date';
import { writeWhole } from './write-whole';

/** A setting names a path revise may not use: exit 2 with this message. */
class SettingRefused extends Error {}

/**
 * The template note the settings name, read as the plugin reads it; null: the built-in one
 * (a template that does not exist is a warning). One outside the vault is refused.
 */
async function readTemplate(
  root: string,
  path: string,
  io: CliIo,
): Promise<RevisionTemplate | null> {
  if (!path) return null;
  const file = isMarkdownPath(path) ? path : `${path}.md`;
  const place = await placeInVault(root, file);
  if (!place.ok)
    throw new SettingRefused(
      `the revision template "${path}" (setting revisionTemplate) cannot be used: ${place.why}. Name a note inside the vault.`,
    );
  try {
    const text = await readFile(place.real, 'utf8');
    const split = parseFrontmatter(text);
    const error = split.frontmatterError ?? split.tooLarge;
    return { path: file, text, frontmatter: split.frontmatter, error };
  } catch (e) {
    io.err(
      `work-model: the revision template ${file} cannot be read (${errorCode(e)}); the built-in template was used.`,
    );
    return null;
  }
}

/** The real folder revisions go to, inside the vault; refused when it is not one. */
async function revisionsFolder(root: string, folder: string): Promise<string> {
  const place = await placeInVault(root, folder);
  if (place.ok && place.kind !== 'file') return place.real;
  const why = place.ok ? `${folder} is a file, not a folder` : place.why;
  throw new SettingRefused(
    `the revisions folder "${folder}" (setting folders.revisions) cannot be used: ${why}. No revision was written; move what is in the way, or choose a folder inside the vault in the settings.`,
  );
}

/**
 * `work-model revise <vault>`: writes today's revision note, the same note the plugin writes
 * (snapshot included), into the revisions folder and prints its path. The note is written
 * whole or not at all, and never over another: when today's revision exists, it is named and
 * nothing is written (exit 0), unless it holds no snapshot (cut short, or written by hand),
 * which is said (exit 1). A setting that leads outside the vault is refused (exit 2).
 */
export async function runRevise(run: ReviseRun): Promise<number> {
  try {
    return await revise(run);
  } catch (e) {
    if (!(e instanceof SettingRefused)) throw e;
    run.io.err(escapeControls(`work-model: ${e.message}`));
    return 2;
  }
}

/** What revise works from: the vault's folder and notes, the model, and the time of day. */
export interface ReviseRun {
  root: string;
  notes: readonly NoteInput[];
  graph: Graph;
  analysis: Analysis;
  settings: Settings;
  io: CliIo;
  time: { hours: number; minutes: number };
  /** The revision before today and the snapshot it recorded: what changed since. */
  previous: { date: Day; snapshot: Snapshot | null } | null;
}

async function revise(run: ReviseRun): Promise<number> {
  const { root, notes, graph, analysis, settings, io, time, previous } = run;
  const today = analysis.today;
  const at = revisionPath(settings, today, formatDate);
  if (!at.ok) {
    io.err(`work-model: ${at.message}`);
    return 2;
  }
  const folder = await revisionsFolder(root, settings.folders.revisions);
  const todays = graph.revisions.find((r) => r.date === today);
  const taken = todays?.path ?? (notes.some((n) => n.path === at.path) ? at.path : null);
  if (taken !== null) return reportTaken(root, taken, todays !== undefined, io);
  const files = new LinkResolver();
  for (const n of notes) files.set(n.path);
  files.set(at.path);
  const note = buildRevisionNote({
    graph,
    analysis,
    settings,
    time,
    template: await readTemplate(root, settings.revisionTemplate, io),
    previous,
    link: (to, from) => `[[${linktextFor(to, from, files)}]]`,
    formatDate,
    readFrontmatter: parseFrontmatter,
  });
  if (!note.ok) {
    io.err(escapeControls(`work-model: ${note.message}`));
    return 2;
  }
  try {
    await mkdir(folder, { recursive: true });
    // Whole or not at all, and never over a file that appeared since the vault was read.
    if (!(await writeWhole(join(folder, `${note.name}.md`), note.content)))
      return reportTaken(root, note.path, false, io);
  } catch (e) {
    io.err(escapeControls(`work-model: cannot write ${note.path}: ${errorCode(e)}`));
    return 2;
  }
  io.out(escapeControls(`Wrote ${note.path}`));
  return 0;
}

/**
 * Today's revision exists: named, never overwritten (exit 0); but one without a snapshot, or a
 * note at its name that is no revision, is said to be so (exit 1), for it may have been cut
 * short while being written, and the next revision would have nothing to compare with.
 */
async function reportTaken(
  root: string,
  path: string,
  isRevision: boolean,
  io: CliIo,
): Promise<number> {
  const text = await readFile(join(root, path), 'utf8').catch(() => '');
  if (isRevision && decodeSnapshot(text)) {
    io.out(escapeControls(`Today's revision already exists: ${path} (not overwritten).`));
    return 0;
  }
  const what = isRevision
    ? `today's revision ${path} exists but holds no snapshot of the model, so the next revision would have nothing to compare with; it may have been cut short while being written. It was not overwritten: delete it and run revise again, or, if you wrote it yourself, use "Add snapshot to this revision" in Obsidian.`
    : `${path} exists but is not read as today's revision; it may have been cut short while being written. It was not overwritten: delete or rename it and run revise again.`;
  io.err(escapeControls(`work-model: ${what}`));
  return 1;
}
