import { cmp } from './problem';

const lower = (s: string) => s.toLowerCase();
const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const stripMd = (path: string) => (lower(path).endsWith('.md') ? path.slice(0, -3) : path);
const nameOf = (path: string) => lower(stripMd(path.slice(path.lastIndexOf('/') + 1)));

function addTo(map: Map<string, Set<string>>, key: string, path: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(path);
}

function removeFrom(map: Map<string, Set<string>>, key: string, path: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(path);
  if (set.size === 0) map.delete(key);
}

/** Normalises `./` and `../` against the linking note's folder; null when it leaves the vault. */
function relativeTo(source: string, linkpath: string): string | null {
  const parts = folderOf(source).split('/').filter(Boolean);
  for (const part of linkpath.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * Resolves link paths to vault files the way Obsidian's `getFirstLinkpathDest` does:
 * an exact vault path wins; otherwise files whose path ends with the link path (`.md` may be
 * left out), case-insensitively, preferring the linking note's own folder, then the shortest
 * path; otherwise a note whose `aliases` name it. Kept up to date file by file.
 */
export class LinkResolver {
  private readonly byPath = new Map<string, Set<string>>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly byAlias = new Map<string, Set<string>>();
  private readonly aliasesOf = new Map<string, string[]>();

  /** Adds or replaces a file; `aliases` apply to notes only. */
  set(path: string, aliases: readonly string[] = []): void {
    this.delete(path);
    addTo(this.byPath, lower(path), path);
    addTo(this.byName, nameOf(path), path);
    const keys = [...new Set(aliases.map((a) => lower(a.trim())).filter(Boolean))];
    for (const key of keys) addTo(this.byAlias, key, path);
    this.aliasesOf.set(path, keys);
  }

  delete(path: string): void {
    const keys = this.aliasesOf.get(path);
    if (!keys) return;
    removeFrom(this.byPath, lower(path), path);
    removeFrom(this.byName, nameOf(path), path);
    for (const key of keys) removeFrom(this.byAlias, key, path);
    this.aliasesOf.delete(path);
  }

  has(path: string): boolean {
    return this.aliasesOf.has(path);
  }

  /** The file a link path points to from `sourcePath`, or null when none matches. */
  resolve(linkpath: string, sourcePath: string): string | null {
    let link = linkpath.trim().replace(/\\/g, '/');
    if (link === '') return this.has(sourcePath) ? sourcePath : null;
    if (link.startsWith('./') || link.startsWith('../')) {
      const rel = relativeTo(sourcePath, link);
      return rel === null ? null : this.exact(rel);
    }
    link = link.replace(/^\/+/, '');
    const exact = this.exact(link);
    if (exact) return exact;

    const suffix = lower(link.endsWith('.md') ? link : `${link}.md`);
    const plain = lower(link);
    const byName = this.byName.get(nameOf(link));
    const matches = byName
      ? [...byName].filter((p) => {
          const l = lower(p);
          return [suffix, plain].some((s) => l === s || l.endsWith(`/${s}`));
        })
      : [];
    if (matches.length > 0) return this.best(matches, sourcePath);
    if (link.includes('/')) return null;
    const aliased = this.byAlias.get(lower(stripMd(link)));
    return aliased ? this.best([...aliased], sourcePath) : null;
  }

  /** A vault path as written or with `.md` added; exact case wins over other casings. */
  private exact(path: string): string | null {
    for (const candidate of [path, `${path}.md`]) {
      const hits = this.byPath.get(lower(candidate));
      if (!hits) continue;
      if (hits.has(candidate)) return candidate;
      return [...hits].sort(cmp)[0] ?? null;
    }
    return null;
  }

  private best(paths: string[], sourcePath: string): string | null {
    const here = folderOf(sourcePath);
    const local = paths.filter((p) => folderOf(p) === here);
    const pool = local.length > 0 ? local : paths;
    return pool.sort((a, b) => a.length - b.length || cmp(a, b))[0] ?? null;
  }
}
