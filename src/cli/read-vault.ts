import { close, fstat, open, read } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  extractBodyLinks,
  firstParagraph,
  isJournalNote,
  isMarkdownPath,
  isPlainNote,
  LIMITS,
  warning,
  type NoteInput,
  type Problem,
  type Settings,
} from '../model';
import { errorCode } from './error-code';
import { parseFrontmatter } from './parse-frontmatter';

export interface VaultFiles {
  notes: NoteInput[];
  /** Files that are not Markdown (attachments): link targets only. */
  otherFiles: string[];
  /** Folders that could not be read: a warning each, naming it; the rest is read. */
  problems: Problem[];
}

/** How many files are open at once: enough to keep the disk busy, few enough for any ulimit. */
const CONCURRENCY = 64;

/**
 * Lists the vault as Obsidian does: every file below the root except hidden files and
 * folders (`.obsidian`, `.trash`, `.git`, …). Paths are vault-relative with `/`. A subfolder
 * that cannot be read is passed to `unreadable` and left out; an unreadable root throws.
 */
export async function listVault(
  root: string,
  unreadable: (folder: string, error: unknown) => void = () => undefined,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch((e: unknown) => {
      if (!prefix) throw e;
      unreadable(prefix, e);
      return [];
    });
    const subdirs: Promise<void>[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) subdirs.push(walk(join(dir, entry.name), rel));
      else if (entry.isFile()) files.push(rel);
      else if (entry.isSymbolicLink()) {
        // Linked files count; linked folders are not followed, so a link loop cannot hang us.
        const target = await stat(join(dir, entry.name)).catch(() => null);
        if (target?.isFile()) files.push(rel);
      }
    }
    await Promise.all(subdirs);
  };
  await walk(root, '');
  return files.sort();
}

// File descriptors through the callback API, not `FileHandle`s: a vault of 10,000 notes opens
// 10,000 files, and a FileHandle's promise bookkeeping costs about a tenth of reading them.
const openFile = promisify(open);
const fstatFile = promisify(fstat);
const readBytes = promisify(read);
const closeFile = promisify(close);

/** The first `size` bytes of an open file, as text. */
async function readText(fd: number, size: number): Promise<string> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await readBytes(fd, buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.toString('utf8', 0, filled);
}

/**
 * One note, with one open, one fstat and one read: the fstat gives the modification time
 * and the size, and a file over 5 MB is not read at all (the model reports it too large).
 */
async function readNote(root: string, path: string, settings: Settings): Promise<NoteInput> {
  let fd: number | null = null;
  try {
    fd = await openFile(join(root, path), 'r');
    const info = await fstatFile(fd);
    const note: NoteInput = { path, mtime: info.mtimeMs, size: info.size };
    if (info.size > LIMITS.fileBytes) return note;
    const split = parseFrontmatter(await readText(fd, info.size));
    note.frontmatter = split.frontmatter;
    note.frontmatterError = split.frontmatterError;
    note.tooLarge = split.tooLarge;
    // Only journal notes' body links count as evidence: others skip the scan.
    note.bodyLinks = isJournalNote(path, settings) ? extractBodyLinks(split.body) : [];
    // The excerpt of evidence, for notes the model reads: most notes of a vault are plain.
    note.firstParagraph = isPlainNote(note, settings) ? null : firstParagraph(split.body);
    return note;
  } catch (e) {
    return { path, mtime: 0, readError: errorCode(e) };
  } finally {
    if (fd !== null) await closeFile(fd).catch(() => undefined);
  }
}

/**
 * Reads every Markdown note of a vault concurrently. A file that cannot be read becomes a
 * note with `readError`, a folder that cannot be read a warning; the rest of the vault is read.
 * @param settings which notes are journals and which can matter, so that others are read
 *   no further than their frontmatter.
 * @param progress told after each note: how many are read, of how many.
 */
export async function readVault(
  root: string,
  settings: Settings,
  progress: (done: number, total: number) => void = () => undefined,
): Promise<VaultFiles> {
  const problems: Problem[] = [];
  const paths = await listVault(root, (folder, e) =>
    problems.push(
      warning(
        folder,
        null,
        `The folder could not be read (${errorCode(e)}); its notes are left out. Check that it is readable.`,
      ),
    ),
  );
  const markdown = paths.filter(isMarkdownPath);
  const notes: NoteInput[] = new Array<NoteInput>(markdown.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < markdown.length) {
      const i = next++;
      const path = markdown[i] as string;
      notes[i] = await readNote(root, path, settings);
      progress(++done, markdown.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, markdown.length) }, worker));
  return { notes, otherFiles: paths.filter((p) => !isMarkdownPath(p)), problems };
}
