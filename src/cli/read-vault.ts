import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isMarkdownPath, warning, type NoteInput, type Problem, type Settings } from '../model';
import { errorCode } from './error-code';
import { readNote } from './read-note';

export interface VaultFiles {
  notes: NoteInput[];
  /** Files that are not Markdown (attachments): link targets only. */
  otherFiles: string[];
  /** Folders that could not be read: a warning each, naming it; the rest is read. */
  problems: Problem[];
}

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

/**
 * Reads every Markdown note of a vault, in order. A file that cannot be read becomes a
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
  const notes = markdown.map((path, i) => {
    const note = readNote(root, path, settings);
    progress(i + 1, markdown.length);
    return note;
  });
  return { notes, otherFiles: paths.filter((p) => !isMarkdownPath(p)), problems };
}
