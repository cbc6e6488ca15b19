import { link, lstat, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errorCode } from './error-code';

/**
 * Writes `text` to `file` whole or not at all, never over a file that exists: the text goes to
 * a hidden temporary file in the same folder, which then gets the name with a hard link (that
 * fails when the name is taken) or, on a file system without links, a rename after checking
 * that the name is free. A run cut short leaves at most the hidden temporary file, which
 * neither Obsidian nor the CLI reads. Returns false when `file` exists.
 */
export async function writeWhole(file: string, text: string): Promise<boolean> {
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    try {
      await link(temp, file);
    } catch (e) {
      if (errorCode(e) === 'EEXIST') return false;
      if (await lstat(file).catch(() => null)) return false;
      await rename(temp, file);
    }
    return true;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
