// Stand-in for Obsidian's Vault, MetadataCache and FileManager: an in-memory vault whose
// metadata cache parses frontmatter as Obsidian does (YAML core schema: dates stay strings;
// invalid YAML leaves `frontmatterPosition` but no `frontmatter`) and records Obsidian's event
// order: after writes, `changed` once per file as it is parsed, then one `resolved` when no file
// is left to parse. Links resolve through the model's resolver, with no aliases, as
// `getFirstLinkpathDest` does.
import { parse, stringify } from 'yaml';
import { LinkResolver } from '../../../src/model/graph/link-resolver';
import { Events } from './events';

export interface Pos {
  start: { line: number; col: number; offset: number };
  end: { line: number; col: number; offset: number };
}

export abstract class TAbstractFile {
  vault!: Vault;
  path = '';
  name = '';
  parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
  stat = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === '/';
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

function setPath(file: TAbstractFile, path: string) {
  file.path = path;
  file.name = path.slice(path.lastIndexOf('/') + 1);
  if (file instanceof TFile) {
    const dot = file.name.lastIndexOf('.');
    file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
    file.extension = dot > 0 ? file.name.slice(dot + 1) : '';
  }
}

/** The clock the stand-in stamps files with; tests move it. */
export const clock = { now: Date.parse('2026-06-01T12:00:00Z') };

export class Vault extends Events {
  private files = new Map<string, { file: TFile; content: string }>();
  private folders = new Map<string, TFolder>();
  /** Writes that went through the vault, for tests: [kind, path]. */
  writes: [string, string][] = [];
  metadataCache!: MetadataCache;

  constructor() {
    super();
    const root = new TFolder();
    root.vault = this;
    root.path = '/';
    this.folders.set('/', root);
  }

  getFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file);
  }
  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.files.get(path)?.file ?? this.folders.get(path) ?? null;
  }
  getFileByPath(path: string): TFile | null {
    return this.files.get(path)?.file ?? null;
  }
  getFolderByPath(path: string): TFolder | null {
    return this.folders.get(path) ?? null;
  }

  private parentOf(path: string): TFolder {
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '/';
    const folder = this.folders.get(dir);
    if (!folder) throw new Error(`Parent folder doesn't exist: ${dir}`);
    return folder;
  }

  async createFolder(path: string): Promise<TFolder> {
    if (this.getAbstractFileByPath(path)) throw new Error('Folder already exists.');
    const folder = new TFolder();
    folder.vault = this;
    setPath(folder, path);
    folder.parent = this.parentOf(path);
    folder.parent.children.push(folder);
    this.folders.set(path, folder);
    this.trigger('create', folder);
    return folder;
  }

  async create(path: string, data: string): Promise<TFile> {
    if (this.getAbstractFileByPath(path)) throw new Error('File already exists.');
    const file = new TFile();
    file.vault = this;
    setPath(file, path);
    file.parent = this.parentOf(path);
    file.parent.children.push(file);
    file.stat = { ctime: clock.now, mtime: clock.now, size: data.length };
    this.files.set(path, { file, content: data });
    this.writes.push(['create', path]);
    this.trigger('create', file);
    this.metadataCache.fileChanged(file, data);
    return file;
  }

  /**
   * Test helper: add a file at vault load, creating folders, without recording a write or an
   * event. Its metadata is cached at once unless `cached` is false: then it appears only when
   * the test calls `metadataCache.finishStartup()`, as Obsidian finishes indexing after layout.
   */
  seed(path: string, data: string, mtime = clock.now, cached = true): TFile {
    const parts = path.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!this.folders.has(dir)) {
        const folder = new TFolder();
        folder.vault = this;
        setPath(folder, dir);
        folder.parent = this.parentOf(dir);
        folder.parent.children.push(folder);
        this.folders.set(dir, folder);
      }
    }
    const file = new TFile();
    file.vault = this;
    setPath(file, path);
    file.parent = this.parentOf(path);
    file.parent.children.push(file);
    file.stat = { ctime: mtime, mtime, size: data.length };
    this.files.set(path, { file, content: data });
    this.metadataCache.seeded(file, data, cached);
    return file;
  }

  async read(file: TFile): Promise<string> {
    const entry = this.files.get(file.path);
    if (!entry) throw new Error(`ENOENT: ${file.path}`);
    return entry.content;
  }
  cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  /** Test helper: the current text of a path. */
  text(path: string): string | undefined {
    return this.files.get(path)?.content;
  }

  async modify(file: TFile, data: string): Promise<void> {
    const entry = this.files.get(file.path);
    if (!entry) throw new Error(`ENOENT: ${file.path}`);
    entry.content = data;
    file.stat = { ...file.stat, mtime: clock.now, size: data.length };
    this.writes.push(['modify', file.path]);
    this.trigger('modify', file);
    this.metadataCache.fileChanged(file, data);
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(await this.read(file));
    await this.modify(file, next);
    return next;
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    if (this.getAbstractFileByPath(newPath)) throw new Error('Destination file already exists!');
    if (!(file instanceof TFile)) throw new Error('The stand-in renames files only');
    const entry = this.files.get(file.path);
    if (!entry) throw new Error(`ENOENT: ${file.path}`);
    const oldPath = file.path;
    this.files.delete(oldPath);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    setPath(file, newPath);
    file.parent = this.parentOf(newPath);
    file.parent.children.push(file);
    this.files.set(newPath, entry);
    this.writes.push(['rename', `${oldPath} -> ${newPath}`]);
    this.metadataCache.renamed(file, oldPath);
    this.trigger('rename', file, oldPath);
  }

  async delete(file: TAbstractFile): Promise<void> {
    if (!(file instanceof TFile)) throw new Error('The stand-in deletes files only');
    this.files.delete(file.path);
    file.parent?.children.splice(file.parent.children.indexOf(file), 1);
    this.writes.push(['delete', file.path]);
    this.trigger('delete', file);
    this.metadataCache.deleted(file);
  }
  trash(file: TAbstractFile): Promise<void> {
    return this.delete(file);
  }
}

export interface LinkCache {
  link: string;
  original: string;
  displayText?: string;
  position: Pos;
}
export interface FrontmatterLinkCache {
  key: string;
  link: string;
  original: string;
  displayText?: string;
}
export interface CachedMetadata {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  frontmatterLinks?: FrontmatterLinkCache[];
  links?: LinkCache[];
  embeds?: LinkCache[];
  sections?: { type: string; position: Pos }[];
}

const pos = (text: string, start: number, end: number): Pos => {
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length - 1, col: (before[before.length - 1] ?? '').length, offset };
  };
  return { start: at(start), end: at(end) };
};

export class MetadataCache extends Events {
  private cache = new Map<string, CachedMetadata>();
  /** Every file path, for link resolution; Obsidian's own index of names. */
  private readonly names = new LinkResolver();
  /** Written files waiting to be parsed, in write order. */
  private queue: { file: TFile; text: string }[] = [];
  private running: Promise<void> | null = null;
  /** Files seeded without a cache, parsed by `finishStartup`. */
  private unindexed: { file: TFile; text: string }[] = [];

  constructor(private readonly vault: Vault) {
    super();
  }

  getFileCache(file: TFile): CachedMetadata | null {
    return this.cache.get(file.path) ?? null;
  }
  getCache(path: string): CachedMetadata | null {
    return this.cache.get(path) ?? null;
  }

  /** A file present when the vault loads. */
  seeded(file: TFile, text: string, cached: boolean): void {
    this.names.set(file.path);
    if (cached) this.parse(file, text);
    else this.unindexed.push({ file, text });
  }

  /**
   * Test helper: Obsidian finishes indexing the vault after the layout is ready. The files it
   * had not indexed get their cache, each with `changed`, and then `resolved` fires once.
   */
  async finishStartup(): Promise<void> {
    this.queue.push(...this.unindexed.splice(0));
    this.schedule();
    await this.settle();
  }

  private parse(file: TFile, text: string): CachedMetadata {
    const meta: CachedMetadata = { sections: [] };
    let bodyStart = 0;
    const fm = FRONTMATTER.exec(text);
    if (fm) {
      bodyStart = fm[0].length;
      meta.frontmatterPosition = pos(text, 0, fm[0].trimEnd().length);
      meta.sections?.push({ type: 'yaml', position: meta.frontmatterPosition });
      try {
        const data: unknown = parse(fm[1] ?? '', { schema: 'core' });
        if (data !== null && data !== undefined) meta.frontmatter = data as Record<string, unknown>;
        const links: FrontmatterLinkCache[] = [];
        const walk = (value: unknown, key: string) => {
          if (typeof value === 'string') {
            const m = /^\[\[([^\]|]+)(?:\|([^\]]*))?\]\]$/.exec(value.trim());
            if (m)
              links.push({ key, link: m[1] ?? '', original: value, displayText: m[2] ?? m[1] });
          } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}.${i}`));
        };
        if (meta.frontmatter && typeof meta.frontmatter === 'object') {
          for (const [k, v] of Object.entries(meta.frontmatter)) walk(v, k);
        }
        if (links.length > 0) meta.frontmatterLinks = links;
      } catch {
        // Obsidian keeps the yaml section but has no frontmatter when the YAML is invalid.
      }
    }
    const links: LinkCache[] = [];
    const body = text.slice(bodyStart);
    let inFence = false;
    let offset = bodyStart;
    for (const line of body.split('\n')) {
      if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
      else if (!inFence) {
        for (const m of line.matchAll(/(!?)\[\[([^\]]+)\]\]/g)) {
          if (m[1]) continue;
          const [target, display] = (m[2] ?? '').split('|');
          const start = offset + (m.index ?? 0);
          links.push({
            link: (target ?? '').trim(),
            original: m[0],
            displayText: display ?? target,
            position: pos(text, start, start + m[0].length),
          });
        }
      }
      offset += line.length + 1;
    }
    if (links.length > 0) meta.links = links;
    this.cache.set(file.path, meta);
    return meta;
  }

  /** A write: the file is parsed off the write path, later, as Obsidian does. */
  fileChanged(file: TFile, text: string): void {
    this.names.set(file.path);
    this.queue.push({ file, text });
    this.schedule();
  }

  private schedule(): void {
    this.running ??= Promise.resolve().then(() => {
      // `changed` per file, in write order; `resolved` once the queue is empty.
      while (this.queue.length > 0) {
        const next = this.queue.shift();
        if (!next || this.vault.getFileByPath(next.file.path) !== next.file) continue;
        if (next.file.extension !== 'md') continue;
        // Obsidian reads the file when it parses it, so a write queued earlier is parsed with
        // the text of any write that followed, never with the text it had when queued.
        const text = this.vault.text(next.file.path) ?? next.text;
        const meta = this.parse(next.file, text);
        this.trigger('changed', next.file, text, meta);
      }
      this.running = null;
      this.trigger('resolved');
    });
  }

  /** Obsidian moves the cache with the file and fires no `changed` for a rename. */
  renamed(file: TFile, oldPath: string): void {
    this.names.delete(oldPath);
    this.names.set(file.path);
    const meta = this.cache.get(oldPath);
    this.cache.delete(oldPath);
    if (meta) this.cache.set(file.path, meta);
  }

  deleted(file: TFile): void {
    this.names.delete(file.path);
    const meta = this.cache.get(file.path) ?? null;
    this.cache.delete(file.path);
    this.trigger('deleted', file, meta);
  }

  /** Test helper: waits until every pending parse has fired its events. */
  async settle(): Promise<void> {
    while (this.running) await this.running;
  }

  getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
    const link = linkpath.split('#')[0] ?? '';
    const path = link.trim() === '' ? null : this.names.resolve(link, sourcePath);
    return path === null ? null : this.vault.getFileByPath(path);
  }

  fileToLinktext(file: TFile, sourcePath: string, omitMdExtension = true): string {
    const name = omitMdExtension && file.extension === 'md' ? file.basename : file.name;
    const resolved = this.getFirstLinkpathDest(name, sourcePath);
    if (resolved === file) return name;
    return omitMdExtension ? file.path.replace(/\.md$/, '') : file.path;
  }
}

export class FileManager {
  constructor(
    private readonly vault: Vault,
    private readonly metadataCache: MetadataCache,
  ) {}

  /**
   * As Obsidian's: parses the frontmatter (throwing on invalid YAML), lets `fn` mutate it,
   * writes the YAML back and leaves the body untouched.
   */
  async processFrontMatter(
    file: TFile,
    fn: (frontmatter: Record<string, unknown>) => void,
  ): Promise<void> {
    await this.vault.process(file, (text) => {
      const m = FRONTMATTER.exec(text);
      const parsed: unknown = m ? parse(m[1] ?? '', { schema: 'core' }) : null;
      const data = (parsed ?? {}) as Record<string, unknown>;
      if (typeof data !== 'object' || Array.isArray(data))
        throw new Error('Frontmatter is not an object');
      fn(data);
      const body = m ? text.slice(m[0].length) : text;
      if (Object.keys(data).length === 0 && !m) return text;
      return `---\n${stringify(data, { schema: 'core', lineWidth: 0 })}---\n${body}`;
    });
  }

  /** As Obsidian's with "Automatically update internal links" on: links to the file follow it. */
  async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
    if (!(file instanceof TFile)) throw new Error('The stand-in renames files only');
    const oldBasename = file.basename;
    const oldPath = file.path.replace(/\.md$/, '');
    await this.vault.rename(file, newPath);
    const newName = file.basename;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(
      `\\[\\[(${escape(oldPath)}|${escape(oldBasename)})(#[^\\]|]*)?(\\|[^\\]]*)?\\]\\]`,
      'g',
    );
    for (const other of this.vault.getMarkdownFiles()) {
      const text = this.vault.text(other.path) ?? '';
      const next = text.replace(
        pattern,
        (_m, _name, sub = '', alias = '') => `[[${newName}${sub as string}${alias as string}]]`,
      );
      if (next !== text) await this.vault.modify(other, next);
    }
  }

  async trashFile(file: TAbstractFile): Promise<void> {
    await this.vault.delete(file);
  }
}
