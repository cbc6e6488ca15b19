import type { CachedMetadata, TFile } from 'obsidian';
import { LinkResolver } from '../src/model';
import type { SyntheticNote } from './synthetic';

/** What LiveIndex reads from Obsidian, built ahead of time like Obsidian's own cache. */
export function fakeApp(notes: SyntheticNote[]) {
  // Like Obsidian's TFolder: one object per folder, shared by the files in it.
  const folders = new Map<string, { path: string; isRoot: () => boolean }>();
  const folderOf = (path: string) => {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
    let folder = folders.get(dir);
    if (!folder) folders.set(dir, (folder = { path: dir, isRoot: () => dir === '/' }));
    return folder;
  };
  const files = notes.map((n) => ({
    path: n.path,
    extension: 'md',
    basename: n.path.slice(n.path.lastIndexOf('/') + 1, -3),
    parent: folderOf(n.path),
    stat: { mtime: n.mtime, ctime: n.mtime, size: 100 },
  }));
  const position = { start: { line: 0, col: 0, offset: 0 }, end: { line: 3, col: 3, offset: 30 } };
  const caches = new Map<string, CachedMetadata>();
  for (const n of notes) {
    const cache: CachedMetadata = {
      links: n.links.map((link) => ({ link, original: `[[${link}]]`, position })),
    };
    if (n.frontmatter) {
      cache.frontmatter = n.frontmatter;
      cache.frontmatterPosition = position;
    }
    caches.set(n.path, cache);
  }
  // Obsidian keeps its own index of file names to resolve links; build its stand-in up front.
  const obsidianLinks = new LinkResolver();
  for (const f of files) obsidianLinks.set(f.path);
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const on = (name: string, cb: (...args: unknown[]) => unknown) => {
    handlers.set(name, cb);
    return { name };
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const app = {
    vault: { getFiles: () => files, getFileByPath: (path: string) => byPath.get(path) ?? null, on },
    metadataCache: {
      getFileCache: (f: { path: string }) => caches.get(f.path) ?? null,
      getFirstLinkpathDest: (linkpath: string, source: string) => {
        const path = obsidianLinks.resolve(linkpath, source);
        return path === null ? null : { path };
      },
      on,
    },
  };
  return { app, files: files as unknown as TFile[], caches, handlers };
}
