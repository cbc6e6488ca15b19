import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** Where a vault path really is: a file, a folder, or nothing yet (`real` is where it would be). */
export type VaultPlace =
  { ok: true; real: string; kind: 'file' | 'folder' | null } | { ok: false; why: string };

const isInside = (top: string, real: string) => {
  const r = relative(top, real);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
};

/**
 * Where the vault-relative path `rel` (from the settings) leads once every link on the way is
 * followed, or why it may not be used: it leads outside the vault, through a file where a
 * folder should be, or through a link to nothing. A part that does not exist yet would be made
 * inside the real folder before it, so it cannot leave the vault.
 */
export async function placeInVault(root: string, rel: string): Promise<VaultPlace> {
  const top = await realpath(root);
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.');
  let at = top;
  for (let i = 0; i < parts.length; i++) {
    const shown = parts.slice(0, i + 1).join('/');
    const next = join(at, parts[i] as string);
    const real = await realpath(next).catch(() => null);
    if (real === null) {
      if (await lstat(next).catch(() => null))
        return { ok: false, why: `${shown} is a link to something that does not exist` };
      return { ok: true, real: join(at, ...parts.slice(i)), kind: null };
    }
    if (!isInside(top, real))
      return { ok: false, why: `${shown} leads outside the vault, to ${real}` };
    if (i < parts.length - 1 && !(await stat(real)).isDirectory())
      return { ok: false, why: `${shown} is a file, not a folder` };
    at = real;
  }
  return { ok: true, real: at, kind: (await stat(at)).isDirectory() ? 'folder' : 'file' };
}
