import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import {
  extractBodyLinks,
  firstParagraph,
  isJournalNote,
  isPlainNote,
  LIMITS,
  type NoteInput,
  type Settings,
} from '../model';
import { errorCode } from './error-code';
import { parseFrontmatter } from './parse-frontmatter';

// Notes are read synchronously: the CLI has nothing to do while it waits for a file, and a
// file in the page cache takes a few microseconds to read this way against tens through the
// thread pool and its promises (100 ms for 10,000 notes against 600 ms on the bench machine).

/** The first `size` bytes of an open file, as text. */
function readText(fd: number, size: number): string {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const bytesRead = readSync(fd, buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.toString('utf8', 0, filled);
}

/**
 * One note, with one open, one fstat and one read: the fstat gives the modification time
 * and the size, and a file over 5 MB is not read at all (the model reports it too large).
 */
export function readNote(root: string, path: string, settings: Settings): NoteInput {
  let fd: number | null = null;
  try {
    fd = openSync(join(root, path), 'r');
    const info = fstatSync(fd);
    const note: NoteInput = { path, mtime: info.mtimeMs, size: info.size };
    if (info.size > LIMITS.fileBytes) return note;
    const split = parseFrontmatter(readText(fd, info.size));
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
    if (fd !== null) closeQuietly(fd);
  }
}

/** Closing a file only read cannot lose anything; a failure to close is not the note's. */
function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Nothing was written to it.
  }
}
