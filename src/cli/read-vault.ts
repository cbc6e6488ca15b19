import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { extractBodyLinks, firstSentence, isMarkdownPath, type NoteInput } from '../model';
import { errorCode } from './error-code';
import { parseFrontmatter } from './parse-frontmatter';

export interface VaultFiles {
  notes: NoteInput[];
  /** Files that are not Markdown (attachments): link targets only. */
  otherFiles: string[];
}

/** How many files are open at once: enough to keep the disk busy, few enough for any ulimit. */
const CONCURRENCY = 64;

/**
 * Lists the vault as Obsidian does: every file below the root except hidden files and
 * folders (`.obsidian`, `.trash`, `.git`, …). Paths are vault-relative with `/`.
 */
export async function listVault(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
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

async function readNote(
  root: string,
  path: string,
  wantsBody: boolean,
  needsTime: (note: NoteInput) => boolean,
): Promise<NoteInput> {
  const full = join(root, path);
  try {
    const split = parseFrontmatter(await readFile(full, 'utf8'));
    const note: NoteInput = {
      path,
      mtime: 0,
      frontmatter: split.frontmatter,
      frontmatterError: split.frontmatterError,
      bodyLinks: wantsBody ? extractBodyLinks(split.body) : [],
      // The excerpt of evidence: only notes with properties or journal links can be evidence.
      firstSentence:
        wantsBody || split.frontmatter !== undefined ? firstSentence(split.body) : null,
    };
    // The modification time is a fallback date: only notes the model keeps need it, and one
    // system call less per note is most of the CLI's cost beyond reading.
    if (needsTime(note)) note.mtime = (await stat(full)).mtimeMs;
    return note;
  } catch (e) {
    return { path, mtime: 0, readError: errorCode(e) };
  }
}

/**
 * Reads every Markdown note of a vault concurrently. A file that cannot be read becomes a
 * note with `readError`; the rest of the vault is still read.
 * @param wantsBody which notes need their body links (journal notes); others skip the scan.
 * @param needsTime which notes need their modification time (those the model keeps).
 */
export async function readVault(
  root: string,
  wantsBody: (path: string) => boolean,
  needsTime: (note: NoteInput) => boolean = () => true,
): Promise<VaultFiles> {
  const paths = await listVault(root);
  const markdown = paths.filter(isMarkdownPath);
  const notes: NoteInput[] = new Array<NoteInput>(markdown.length);
  let next = 0;
  const worker = async () => {
    while (next < markdown.length) {
      const i = next++;
      const path = markdown[i] as string;
      notes[i] = await readNote(root, path, wantsBody(path), needsTime);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, markdown.length) }, worker));
  return { notes, otherFiles: paths.filter((p) => !isMarkdownPath(p)) };
}
