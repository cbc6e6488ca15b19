import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { isMarkdownPath } from '../model';

export interface ExportTarget {
  flag: '--html' | '--canvas';
  file: string;
}

/** The file a path names: its real path when it exists (links followed), else as resolved. */
async function identity(file: string) {
  const info = await stat(file).catch(() => null);
  const real = await realpath(file).catch(() => resolve(file));
  return {
    real,
    id: info ? `${info.dev}:${info.ino}` : null,
    folder: info?.isDirectory() ?? false,
  };
}

const same = (a: Awaited<ReturnType<typeof identity>>, b: Awaited<ReturnType<typeof identity>>) =>
  a.real === b.real || (a.id !== null && a.id === b.id);

/**
 * The first hidden folder (`.obsidian`, `.trash`, …) on the way from the vault to `path`, or
 * undefined when `path` is outside the vault or passes none. Only the vault's own folders
 * count: a vault or an export folder that itself lives below a hidden folder is fine.
 */
function hiddenFolderIn(vault: string, path: string): string | undefined {
  const inside = relative(vault, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return undefined;
  return inside.split(sep).find((part) => part.startsWith('.') && part !== '..');
}

/**
 * Why `export` must not write its files (SPEC §6), or null when it may. Never, even with
 * `--force`: onto a Markdown note, into a hidden folder of the vault such as `.obsidian`,
 * onto the `--config` file, or twice onto one file; without `--force`, onto any file that
 * exists. Links are followed before judging.
 */
export async function refuseExport(
  vault: string,
  targets: readonly ExportTarget[],
  force: boolean,
  config: string | null,
): Promise<string | null> {
  const vaultPaths = [resolve(vault), await realpath(vault).catch(() => resolve(vault))];
  const settings = config === null ? null : await identity(config);
  const seen: [ExportTarget, Awaited<ReturnType<typeof identity>>][] = [];
  for (const target of targets) {
    const { flag, file } = target;
    const it = await identity(file);
    const paths = [resolve(file), it.real];
    if (paths.some(isMarkdownPath))
      return `${flag} ${file} is a Markdown note; export writes a map, never a note. Name a .html or .canvas file.`;
    // Obsidian's settings and plugins live in a hidden folder of the vault (`.obsidian` unless
    // configured otherwise), and the CLI has no Vault#configDir to ask: none is written to.
    const hidden = vaultPaths
      .flatMap((v) => paths.map((p) => hiddenFolderIn(v, p)))
      .find((h) => h !== undefined);
    if (hidden !== undefined)
      return `${flag} ${file} is inside the hidden folder ${hidden}; Obsidian keeps its settings and plugins in one (.obsidian), so export never writes there. Write the file elsewhere.`;
    if (settings && same(it, settings))
      return `${flag} ${file} is the --config file; export never writes onto it. Name another file.`;
    const twin = seen.find(([, other]) => same(it, other));
    if (twin)
      return `${twin[0].flag} ${twin[0].file} and ${flag} ${file} name the same file; give each its own file.`;
    seen.push([target, it]);
    const link = await lstat(file).catch(() => null);
    if (!link) continue;
    if (it.id === null)
      return `${flag} ${file} is a link to a missing file; export does not write through it. Name another file.`;
    if (it.folder) return `${flag} ${file} is a folder; name the file to write.`;
    if (!force) return `${flag} ${file} already exists; add --force to replace it.`;
  }
  return null;
}
