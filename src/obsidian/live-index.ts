import { debounce, TFile, type App, type EventRef } from 'obsidian';
import {
  isJournalNote,
  isPlainFrontmatter,
  WorkIndex,
  type Graph,
  type LinkLookup,
  type Settings,
} from '../model';
import { toNoteInput } from './note-input';

/** How long one slice of the initial build may hold the UI thread. */
const SLICE_MS = 8;
/** Listeners hear about changes at most this often: a burst of edits redraws once. */
const NOTIFY_MS = 300;

/**
 * The work model of the open vault, built from Obsidian's metadata cache once the layout is
 * ready and kept current note by note. Everything that shows the model (view, code blocks,
 * status bar) listens here.
 */
export class LiveIndex {
  private index: WorkIndex;
  private listeners = new Set<() => void>();
  private readyResolve!: () => void;
  /** Resolves when the first full build is done. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  isReady = false;
  private buildId = 0;
  private readonly notifySoon = debounce(() => this.notify(), NOTIFY_MS, true);

  /** Obsidian already resolves links; the model asks it instead of indexing every file again. */
  private readonly files: LinkLookup;

  constructor(
    private readonly app: App,
    settings: Settings,
  ) {
    this.files = {
      resolve: (linkpath, source) =>
        app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
    };
    this.index = new WorkIndex(settings, this.files);
  }

  private input(file: TFile) {
    return toNoteInput(
      file,
      this.app.metadataCache.getFileCache(file),
      isJournalNote(file.path, this.index.settings),
    );
  }

  get settings(): Settings {
    return this.index.settings;
  }

  /** Where a link from `source` points, as the model resolves it (aliases included). */
  resolve(linkpath: string, source: string): string | null {
    return this.index.resolve(linkpath, source);
  }

  graph(): Graph {
    return this.index.graph();
  }

  /** Reads every file of the vault into a fresh index, in slices that never block the UI long. */
  async rebuild(settings: Settings = this.index.settings): Promise<void> {
    const id = ++this.buildId;
    const next = new WorkIndex(settings, this.files);
    const files = this.app.vault.getFiles();
    let sliceStart = performance.now();
    let i = 0;
    for (const file of files) {
      i++;
      if (file.extension === 'md') {
        const cache = this.app.metadataCache.getFileCache(file);
        const journal = isJournalNote(file.path, settings);
        // Most notes cannot matter (no model tag, alias or evidence, not a journal): skip them
        // before building anything. A fresh index has nothing of theirs to forget.
        const plain =
          !journal &&
          !(cache?.frontmatterPosition && !cache.frontmatter) &&
          isPlainFrontmatter(cache?.frontmatter, settings);
        if (!plain) {
          next.setNote(toNoteInput(file, cache, journal));
        }
      } else next.setFile(file.path);
      if ((i & 127) === 0 && performance.now() - sliceStart > SLICE_MS) {
        await new Promise((resolve) => window.setTimeout(resolve, 0));
        if (id !== this.buildId) return; // a newer rebuild took over
        sliceStart = performance.now();
      }
    }
    this.index = next;
    this.isReady = true;
    this.readyResolve();
    this.notify();
  }

  /** The vault and metadata events that keep the index current, for `registerEvent`. */
  events(): EventRef[] {
    const { vault, metadataCache } = this.app;
    return [
      metadataCache.on('changed', (file, _data, cache) => {
        this.index.setNote(toNoteInput(file, cache, isJournalNote(file.path, this.index.settings)));
        this.changed();
      }),
      vault.on('create', (file) => {
        // Notes arrive through `changed` once parsed; other files are link targets at once.
        if (file instanceof TFile && file.extension !== 'md') {
          this.index.setFile(file.path);
          this.changed();
        }
      }),
      vault.on('delete', (file) => {
        if (!(file instanceof TFile)) return;
        this.index.delete(file.path);
        this.changed();
      }),
      vault.on('rename', (file, oldPath) => {
        if (!(file instanceof TFile)) return;
        this.index.delete(oldPath);
        if (file.extension === 'md') this.index.setNote(this.input(file));
        else this.index.setFile(file.path);
        this.changed();
      }),
    ];
  }

  /** Calls `listener` after changes settle; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    if (this.isReady) this.notifySoon();
  }

  /** Tells listeners now (tests, and after commands that need the new state at once). */
  notify(): void {
    this.notifySoon.cancel();
    for (const listener of [...this.listeners]) listener();
  }

  dispose(): void {
    this.notifySoon.cancel();
    this.listeners.clear();
  }
}
