import { debounce, TFile, type App, type EventRef } from 'obsidian';
import {
  analyze,
  AnalysisMemo,
  dailyNoteDays,
  isJournalNote,
  NO_DAILY_NOTES,
  isPlainFrontmatter,
  WorkIndex,
  type Analysis,
  type DailyNoteDay,
  type DailyNotes,
  type Day,
  type GaugesBefore,
  type Graph,
  type LinkLookup,
  type Settings,
} from '../model';
import { EarlierGauges } from './earlier-gauges';
import { parseDay } from './daily-notes';
import { JournalFolders } from './journal-folders';
import { hasBrokenYaml, isNoteFile, toNoteInput } from './note-input';
import { changesModel } from './settings-fields';

/** How long one slice of a full build may hold the UI thread. */
const SLICE_MS = 8;
/** Listeners hear about changes at most this often: a burst of edits redraws once. */
const NOTIFY_MS = 300;
/**
 * How long a command waits at most for Obsidian to read notes it just created: a note it has
 * read answers at once, model note or not, but one it never reads would keep the command
 * waiting for good.
 */
const WAIT_MS = 10_000;

/** Notes a command created that are not in the model when it goes on, by why not. */
export interface NotInModel {
  /** Read by Obsidian, and not a model note (edited at once, or rewritten by a template). */
  plain: string[];
  /** Not read by Obsidian within the wait. */
  unread: string[];
}

/** How far the first build has come: notes read, for "Indexing… n of m", then the model. */
export interface IndexProgress {
  stage: 'notes' | 'model';
  done: number;
  total: number;
}

/**
 * The work model of the open vault, built from Obsidian's metadata cache once the layout is
 * ready and kept current note by note. Everything that shows the model (view, code blocks,
 * status bar) listens here.
 *
 * Obsidian's event order shapes it: `changed` fires per file once parsed, `resolved` once every
 * pending file is parsed, `rename`/`delete` come from the vault. A change that arrives while a
 * full build runs is applied to the old index (still shown) and remembered, then replayed
 * onto the new index before it replaces the old one, so nothing is lost.
 */
export class LiveIndex {
  private index: WorkIndex;
  private current: Settings;
  private listeners = new Set<() => void>();
  private progressListeners = new Set<(p: IndexProgress) => void>();
  private readyResolve!: () => void;
  /** Resolves when the first full build is done. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  isReady = false;
  /** Progress of the first build; null once it is done. */
  progress: IndexProgress | null = null;
  private buildId = 0;
  /** Paths changed while a full build runs, to replay onto the new index. */
  private touched: Set<string> | null = null;
  /** Notes the metadata cache had not parsed yet when the first build read them. */
  private unparsed: string[] = [];
  private seenResolved = false;
  /** Callers waiting for new notes to be read, each with the paths it waits for. */
  private waiting: {
    paths: readonly string[];
    done: (left: NotInModel) => void;
    timer: number;
  }[] = [];
  /** Carries the analysis from one change to the next; one per index. */
  private memo = new AnalysisMemo();
  private last: {
    graph: Graph;
    settings: Settings;
    today: Day;
    before: GaugesBefore | null;
    analysis: Analysis;
  } | null = null;
  /** The gauges of the revision before today, read from its note in the background. */
  private readonly earlier: EarlierGauges;
  /** The graph and settings listeners last read; null graph when none read it. */
  private told: { graph: Graph | null; settings: Settings } | null = null;
  /** After edits: listeners hear only when the model changed, not for every note typed in. */
  private readonly notifySoon = debounce(
    () => {
      const told = this.told;
      // A graph nobody read is not built here to compare: listeners build it if they need it.
      const same =
        told?.graph != null && told.settings === this.current && told.graph === this.graph();
      if (!same) this.notify();
    },
    NOTIFY_MS,
    true,
  );

  /** Obsidian already resolves links; the model asks it instead of indexing every file again. */
  private readonly files: LinkLookup;
  /** The daily-note folder and format the index dates notes by, as last read. */
  private daily: DailyNotes | null = null;
  private dailyDay: DailyNoteDay = NO_DAILY_NOTES;

  /**
   * @param readDailyNotes the user's daily-note folder and format, read afresh at every full
   *   build and whenever `checkDailyNotes` is called.
   */
  constructor(
    private readonly app: App,
    settings: Settings,
    private readonly readDailyNotes: () => DailyNotes | null = () => null,
  ) {
    this.files = {
      resolve: (linkpath, source) =>
        app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null,
    };
    this.current = settings;
    this.index = new WorkIndex(settings, this.files);
    this.earlier = new EarlierGauges(app, () => {
      if (this.isReady) this.notify();
    });
  }

  get settings(): Settings {
    return this.current;
  }

  /** Where a link from `source` points, as the model resolves it (aliases included). */
  resolve(linkpath: string, source: string): string | null {
    return this.index.resolve(linkpath, source);
  }

  graph(): Graph {
    return this.index.graph();
  }

  /**
   * The analysis the view, code blocks and status bar show: the same object until something
   * changes, and after a change only what it touched is analysed again.
   */
  analysis(today: Day): Analysis {
    const graph = this.graph();
    const before = this.earlier.before(graph, today);
    const last = this.last;
    if (
      last?.graph === graph &&
      last.settings === this.current &&
      last.today === today &&
      last.before === before
    )
      return last.analysis;
    const analysis = analyze(graph, this.current, today, this.memo, before);
    this.last = { graph, settings: this.current, today, before, analysis };
    return analysis;
  }

  /**
   * Takes new settings: rebuilds when they change how notes are read (tags, property names,
   * journals); otherwise only tells listeners, since the analysis reads them when it draws.
   */
  async update(settings: Settings): Promise<void> {
    const rebuild = changesModel(this.current, settings);
    this.current = settings;
    if (rebuild) await this.rebuild(settings);
    else if (this.isReady) this.notify();
  }

  /**
   * Reads the daily-note folder and format again and, when they changed (the user chose
   * another format), dates every note anew. Returns whether they changed.
   */
  async checkDailyNotes(): Promise<boolean> {
    if (!this.isReady || !this.takeDailyNotes()) return false;
    await this.rebuild();
    return true;
  }

  /** Takes the daily-note settings as they are now; whether they differ from before. */
  private takeDailyNotes(): boolean {
    const daily = this.readDailyNotes();
    const same =
      daily === this.daily ||
      (daily !== null &&
        this.daily !== null &&
        daily.folder === this.daily.folder &&
        daily.format === this.daily.format);
    if (same) return false;
    this.daily = daily;
    this.dailyDay = daily ? dailyNoteDays(daily, parseDay) : NO_DAILY_NOTES;
    return true;
  }

  /** Puts the vault's current state of one path into `index`. */
  private apply(index: WorkIndex, path: string): void {
    const file = this.app.vault.getFileByPath(path);
    if (!file) index.delete(path);
    else if (isNoteFile(file)) {
      const cache = this.app.metadataCache.getFileCache(file);
      index.setNote(toNoteInput(file, cache, isJournalNote(file.path, index.settings)));
    } else index.setFile(file.path);
  }

  /** Reads every file of the vault into a fresh index, in slices that never block the UI long. */
  async rebuild(settings: Settings = this.current): Promise<void> {
    const id = ++this.buildId;
    this.current = settings;
    const first = !this.isReady;
    this.takeDailyNotes();
    const next = new WorkIndex(settings, this.files, this.dailyDay);
    const files = this.app.vault.getFiles();
    const journals = new JournalFolders(settings);
    const unparsed: string[] = [];
    this.touched = new Set();
    const total = files.length;
    if (first) this.setProgress({ stage: 'notes', done: 0, total });
    let i = 0;
    let deadline = performance.now() + SLICE_MS;
    const timeUp = () => performance.now() > deadline;
    while (i < total) {
      i = this.readSlice(next, files, i, journals, unparsed, deadline);
      if (i === total) break;
      if (first) this.setProgress({ stage: 'notes', done: i, total });
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      if (id !== this.buildId) return; // a newer rebuild took over
      deadline = performance.now() + SLICE_MS;
    }
    // Then the model from those notes, in the rest of that slice and slices of its own, so
    // that whoever asks first for it does not hold the UI while every link is resolved.
    while (!next.prepare(timeUp)) {
      if (first) this.setProgress({ stage: 'model', done: total, total });
      await new Promise((resolve) => window.setTimeout(resolve, 0));
      if (id !== this.buildId) return;
      deadline = performance.now() + SLICE_MS;
    }
    // Changes that arrived meanwhile: the vault's state now wins over what the loop read.
    for (const path of this.touched) this.apply(next, path);
    this.touched = null;
    this.index = next;
    this.memo = new AnalysisMemo();
    this.unparsed = unparsed;
    if (first) this.setProgress(null);
    this.isReady = true;
    this.readyResolve();
    this.notify();
  }

  /**
   * Reads `files` from `from` on into `index` until the slice's `deadline`; returns where it
   * stopped. A plain function called once per slice, not a loop inside the async build: V8
   * optimizes a function it calls often sooner than a loop it must replace while it runs.
   */
  private readSlice(
    index: WorkIndex,
    files: TFile[],
    from: number,
    journals: JournalFolders,
    unparsed: string[],
    deadline: number,
  ): number {
    const { metadataCache } = this.app;
    let i = from;
    while (i < files.length) {
      const file = files[i++];
      if (file === undefined) break; // cannot happen below files.length; says so to the types
      if (isNoteFile(file)) {
        const cache = metadataCache.getFileCache(file);
        if (!cache) unparsed.push(file.path);
        const journal = journals.has(file);
        // Most notes cannot matter (no model tag, alias or evidence, not a journal): skip them
        // before building anything. A fresh index has nothing of theirs to forget.
        const fm = cache?.frontmatter;
        const plain =
          !journal &&
          (fm === undefined ? !hasBrokenYaml(cache) : isPlainFrontmatter(fm, index.settings));
        if (!plain) index.setNote(toNoteInput(file, cache, journal));
      } else index.setFile(file.path);
      if ((i & 127) === 0 && performance.now() > deadline) break;
    }
    return i;
  }

  /**
   * The first `resolved` after the layout is ready means Obsidian has parsed every file. Notes
   * it had not parsed when the first build read them are read once more; the rest came in
   * through `changed`. Cheaper than a second full build, with the same result.
   */
  private async onFirstResolved(): Promise<void> {
    await this.ready;
    const paths = this.unparsed;
    this.unparsed = [];
    if (paths.length === 0) return;
    for (const path of paths) this.apply(this.index, path);
    this.notify();
  }

  /** One path changed: apply it now and, during a full build, to the new index too. */
  private touch(path: string, gone = false): void {
    if (gone) this.index.delete(path);
    else this.apply(this.index, path);
    this.touched?.add(path);
    if (this.isReady) this.notifySoon();
    if (this.waiting.length > 0) this.checkWaiting();
  }

  /**
   * Resolves once Obsidian has read each of these just-created notes, so what reads the model
   * next (a revision) sees the model notes among them; with those that are not in the model,
   * or, after `limitMs`, also those it has still not read. A note deleted meanwhile is not
   * waited for. Never resolves once unloaded.
   */
  whenIndexed(paths: readonly string[], limitMs = WAIT_MS): Promise<NotInModel> {
    return new Promise((resolve) => {
      const w = {
        paths,
        done: resolve,
        timer: window.setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          resolve(this.notInModel(paths));
        }, limitMs),
      };
      this.waiting.push(w);
      this.checkWaiting();
    });
  }

  /**
   * Which of `paths` the model lacks, and why. A note Obsidian has a cache for has been read
   * and applied to the index (the cache is set before its `changed` is heard), so one that is
   * not in the graph is not a model note.
   */
  private notInModel(paths: readonly string[]): NotInModel {
    const graph = this.graph();
    const left: NotInModel = { plain: [], unread: [] };
    for (const path of paths) {
      const file = this.app.vault.getFileByPath(path);
      if (!file || graph.byId.has(path)) continue;
      (this.app.metadataCache.getFileCache(file) ? left.plain : left.unread).push(path);
    }
    return left;
  }

  private checkWaiting(): void {
    for (const w of [...this.waiting]) {
      const left = this.notInModel(w.paths);
      if (left.unread.length > 0) continue;
      this.waiting.splice(this.waiting.indexOf(w), 1);
      window.clearTimeout(w.timer);
      w.done(left);
    }
  }

  /** The vault and metadata events that keep the index current, for `registerEvent`. */
  events(): EventRef[] {
    const { vault, metadataCache } = this.app;
    return [
      metadataCache.on('changed', (file) => this.touch(file.path)),
      metadataCache.on('resolved', () => {
        if (this.seenResolved) return;
        this.seenResolved = true;
        void this.onFirstResolved();
      }),
      vault.on('create', (file) => {
        // Notes arrive through `changed` once parsed; other files are link targets at once.
        if (file instanceof TFile && !isNoteFile(file)) this.touch(file.path);
      }),
      vault.on('delete', (file) => {
        if (file instanceof TFile) this.touch(file.path, true);
      }),
      // `changed` does not fire on rename: the note is read again under its new path.
      vault.on('rename', (file, oldPath) => {
        if (!(file instanceof TFile)) return;
        this.touch(oldPath, true);
        this.touch(file.path);
      }),
    ];
  }

  /** Calls `listener` after changes settle; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Calls `listener` as the first build progresses; returns the function that stops it. */
  onProgress(listener: (p: IndexProgress) => void): () => void {
    this.progressListeners.add(listener);
    return () => this.progressListeners.delete(listener);
  }

  private setProgress(progress: IndexProgress | null): void {
    this.progress = progress;
    if (progress) for (const listener of [...this.progressListeners]) listener(progress);
  }

  /** Tells listeners now (tests, and after commands that need the new state at once). */
  notify(): void {
    this.notifySoon.cancel();
    for (const listener of [...this.listeners]) listener();
    // What the listeners read, without building a graph none of them asked for.
    this.told = { graph: this.index.peekGraph(), settings: this.current };
  }

  dispose(): void {
    this.buildId++;
    this.notifySoon.cancel();
    for (const w of this.waiting) window.clearTimeout(w.timer);
    this.waiting = [];
    this.listeners.clear();
    this.progressListeners.clear();
  }
}
