import { cmp } from '../problem';
import { lowerCase } from '../read/lower-case';

const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));
/** The lower-case file name without `.md`, from a lower-case path. */
const nameOfLower = (lowerPath: string) => {
  const name = lowerPath.slice(lowerPath.lastIndexOf('/') + 1);
  return name.endsWith('.md') ? name.slice(0, -3) : name;
};

/**
 * The lower-case file name a link path or a vault path ends in, without `.md`. A file can be
 * the target of a link (by path, by name, from any folder) only when both have the same key,
 * so a file that appears, goes or changes can only change links with its key (or its aliases').
 */
export const linkKey = (linkpath: string) =>
  nameOfLower(lowerCase(linkpath.trim().replace(/\\/g, '/')));

/** `./x` and `../x` are relative to the linking note's folder; `.x` is a name like any other. */
export const isRelativeLink = (link: string) => link.startsWith('./') || link.startsWith('../');

/**
 * A map from a key to one or more paths. Nearly every key has a single path, so it is kept
 * as a plain string: a vault of 100,000 notes must not cost 200,000 little Sets.
 */
class Multi {
  private readonly map = new Map<string, string | string[]>();

  add(key: string, path: string): void {
    const v = this.map.get(key);
    if (v === undefined) this.map.set(key, path);
    else if (typeof v === 'string') {
      if (v !== path) this.map.set(key, [v, path]);
    } else if (!v.includes(path)) v.push(path);
  }

  remove(key: string, path: string): void {
    const v = this.map.get(key);
    if (v === path) this.map.delete(key);
    else if (Array.isArray(v)) {
      const rest = v.filter((p) => p !== path);
      if (rest.length === 1) this.map.set(key, rest[0] as string);
      else if (rest.length === 0) this.map.delete(key);
      else this.map.set(key, rest);
    }
  }

  get(key: string): readonly string[] {
    const v = this.map.get(key);
    return v === undefined ? [] : typeof v === 'string' ? [v] : v;
  }
}

/** Normalises `./` and `../` against the linking note's folder; null when it leaves the vault. */
export function relativeTo(source: string, linkpath: string): string | null {
  const parts = folderOf(source).split('/').filter(Boolean);
  for (const part of linkpath.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** What the model needs of the vault's files: where a link from a note points. */
export interface LinkLookup {
  resolve(linkpath: string, sourcePath: string): string | null;
}

/**
 * Resolves link paths to vault files the way Obsidian's `getFirstLinkpathDest` does:
 * an exact vault path wins; otherwise files whose path ends with the link path (`.md` may be
 * left out), case-insensitively, preferring the linking note's own folder, then the shortest
 * path; otherwise a note whose `aliases` name it. Kept up to date file by file.
 */
export class LinkResolver implements LinkLookup {
  private readonly byPath = new Multi();
  private readonly byName = new Multi();
  private readonly byAlias = new Multi();
  /** Every known path, with its alias keys when it has any. */
  private readonly known = new Map<string, readonly string[] | null>();

  /** Adds or replaces a file; `aliases` apply to notes only. */
  set(path: string, aliases: readonly string[] = []): void {
    if (this.known.has(path)) this.delete(path);
    const lower = path.toLowerCase();
    this.byPath.add(lower, path);
    this.byName.add(nameOfLower(lower), path);
    let keys: string[] | null = null;
    for (const a of aliases) {
      const key = a.trim().toLowerCase();
      if (!key || keys?.includes(key)) continue;
      (keys ??= []).push(key);
      this.byAlias.add(key, path);
    }
    this.known.set(path, keys);
  }

  delete(path: string): void {
    if (!this.known.has(path)) return;
    const lower = path.toLowerCase();
    this.byPath.remove(lower, path);
    this.byName.remove(nameOfLower(lower), path);
    for (const key of this.known.get(path) ?? []) this.byAlias.remove(key, path);
    this.known.delete(path);
  }

  has(path: string): boolean {
    return this.known.has(path);
  }

  /** The file a link path points to from `sourcePath`, or null when none matches. */
  resolve(linkpath: string, sourcePath: string): string | null {
    let link = linkpath.trim().replace(/\\/g, '/');
    if (link === '') return this.has(sourcePath) ? sourcePath : null;
    if (isRelativeLink(link)) {
      const rel = relativeTo(sourcePath, link);
      return rel === null ? null : this.exact(rel);
    }
    link = link.replace(/^\/+/, '');
    const exact = this.exact(link);
    if (exact) return exact;

    const plain = link.toLowerCase();
    const suffix = plain.endsWith('.md') ? plain : `${plain}.md`;
    const matches = this.byName.get(nameOfLower(plain)).filter((p) => {
      const l = p.toLowerCase();
      return l === suffix || l === plain || l.endsWith(`/${suffix}`) || l.endsWith(`/${plain}`);
    });
    if (matches.length > 0) return this.best(matches, sourcePath);
    return this.resolveAlias(link, sourcePath);
  }

  /** A note whose `aliases` name the link, for a bare name; null otherwise. */
  resolveAlias(linkpath: string, sourcePath: string): string | null {
    const link = linkpath.trim();
    if (link.includes('/')) return null;
    // A bare name: its file-name key is the alias key.
    const aliased = this.byAlias.get(nameOfLower(lowerCase(link)));
    return aliased.length > 0 ? this.best(aliased, sourcePath) : null;
  }

  /** A vault path as written or with `.md` added; exact case wins over other casings. */
  private exact(path: string): string | null {
    for (const candidate of [path, `${path}.md`]) {
      const hits = this.byPath.get(candidate.toLowerCase());
      if (hits.length === 0) continue;
      if (hits.includes(candidate)) return candidate;
      return [...hits].sort(cmp)[0] ?? null;
    }
    return null;
  }

  private best(paths: readonly string[], sourcePath: string): string | null {
    if (paths.length === 1) return paths[0] ?? null;
    const here = folderOf(sourcePath);
    const local = paths.filter((p) => folderOf(p) === here);
    const pool = local.length > 0 ? local : [...paths];
    return pool.sort((a, b) => a.length - b.length || cmp(a, b))[0] ?? null;
  }
}
