import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import {
  buildRevisionNote,
  decodeSnapshot,
  isMarkdownPath,
  LinkResolver,
  linktextFor,
  previousRevision,
  revisionPath,
  type Analysis,
  type Graph,
  type NoteInput,
  type RevisionTemplate,
  type Settings,
} from '../model';
import type { CliArgs } from './args';
import { errorCode } from './error-code';
import { parseFrontmatter } from './parse-frontmatter';
import type { CliIo } from './cli-io';
import { escapeControls } from './escape-text';
import { formatDate } from './format-date';

/** The template note the settings name, read as the plugin reads it; null: the built-in one. */
async function readTemplate(
  root: string,
  path: string,
  io: CliIo,
): Promise<RevisionTemplate | null> {
  if (!path) return null;
  const file = isMarkdownPath(path) ? path : `${path}.md`;
  try {
    const text = await readFile(join(root, file), 'utf8');
    const split = parseFrontmatter(text);
    return { path: file, text, frontmatter: split.frontmatter, error: split.frontmatterError };
  } catch (e) {
    io.err(
      `work-model: the revision template ${file} cannot be read (${errorCode(e)}); the built-in template was used.`,
    );
    return null;
  }
}

/**
 * `work-model revise <vault>`: writes today's revision note, the same note the plugin writes
 * (snapshot included), into the revisions folder and prints its path. Never overwrites: when
 * today's revision exists, it is named and nothing is written (exit 0).
 */
export async function runRevise(
  args: CliArgs,
  notes: readonly NoteInput[],
  graph: Graph,
  analysis: Analysis,
  settings: Settings,
  io: CliIo,
): Promise<number> {
  const today = analysis.today;
  const root = args.vault;
  const todays = graph.revisions.find((r) => r.date === today);
  const at = revisionPath(settings, today, formatDate);
  if (!at.ok) {
    io.err(`work-model: ${at.message}`);
    return 2;
  }
  const taken = todays?.path ?? (notes.some((n) => n.path === at.path) ? at.path : null);
  if (taken !== null) {
    io.out(escapeControls(`Today's revision already exists: ${taken} (not overwritten).`));
    return 0;
  }
  const before = previousRevision(graph, today);
  let previous = null;
  if (before) {
    const text = await readFile(join(root, before.path), 'utf8').catch(() => '');
    previous = { date: before.date, snapshot: decodeSnapshot(text) };
  }
  const files = new LinkResolver();
  for (const n of notes) files.set(n.path);
  files.set(at.path);
  const note = buildRevisionNote({
    graph,
    analysis,
    settings,
    time: { hours: 0, minutes: 0 },
    template: await readTemplate(root, settings.revisionTemplate, io),
    previous,
    link: (to, from) => `[[${linktextFor(to, from, files)}]]`,
    formatDate,
  });
  if (!note.ok) {
    io.err(`work-model: ${note.message}`);
    return 2;
  }
  const full = join(root, note.path);
  try {
    await mkdir(dirname(full), { recursive: true });
    // `wx`: fail rather than write over a file that appeared since the vault was read.
    await writeFile(full, note.content, { flag: 'wx' });
  } catch (e) {
    if (errorCode(e) === 'EEXIST') {
      io.out(escapeControls(`Today's revision already exists: ${note.path} (not overwritten).`));
      return 0;
    }
    io.err(`work-model: cannot write ${note.path}: ${errorCode(e)}`);
    return 2;
  }
  io.out(escapeControls(`Wrote ${note.path}`));
  return 0;
}
