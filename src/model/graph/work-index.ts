import { buildGraph } from './build-graph';
import type { Graph } from './graph';
import {
  isRelativeLink,
  linkKey,
  LinkResolver,
  relativeTo,
  type LinkLookup,
} from './link-resolver';
import type { NoteInput } from '../read/note-input';
import { isPlainNote, readNote, type ParsedNote } from '../read/read-note';
import { cmp } from '../problem';
import type { Settings } from '../settings';
import { NO_DAILY_NOTES, type DailyNoteDay } from '../read/daily-notes';

/** Every link key a note's links use. */
function keysOf(note: ParsedNote): Set<string> {
  const keys = new Set<string>();
  for (const field of note.links) for (const ref of field.refs) keys.add(linkKey(ref.path));
  for (const ref of note.evidence?.refs ?? []) keys.add(linkKey(ref.path));
  for (const ref of note.evidence?.bodyRefs ?? []) keys.add(linkKey(ref.path));
  return keys;
}

const aliasKeys = (aliases: readonly string[] | undefined) =>
  (aliases ?? []).map((a) => a.trim().toLowerCase());

/** What a note adds to the graph; parts and blocks of parts are joined in path order. */
type Part = Omit<Graph, 'byId'>;
const PART_KEYS: (keyof Part)[] = ['nodes', 'edges', 'evidence', 'ghosts', 'problems', 'revisions'];

/**
 * Each part's items sort under its note's path, so joining sorted parts keeps them sorted.
 * Where `previous` (the last join of these parts) holds the same items, its list is kept:
 * the analysis then sees at once that, say, no evidence changed.
 */
function join(parts: Part[], previous?: Part): Part {
  const all = <T>(pick: (p: Part) => T[]) => {
    const joined = ([] as T[]).concat(...parts.map(pick));
    const before = previous ? pick(previous) : undefined;
    const same = before?.length === joined.length && joined.every((x, i) => x === before[i]);
    return same && before ? before : joined;
  };
  return {
    nodes: all((p) => p.nodes),
    edges: all((p) => p.edges),
    evidence: all((p) => p.evidence),
    ghosts: all((p) => p.ghosts),
    problems: all((p) => p.problems),
    revisions: all((p) => p.revisions),
  };
}

/** Deep equality of plain data (parts of the graph: objects, arrays, strings, numbers). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

const BLOCK_BITS = 8;
/** Paths per block: a change joins one block of parts again, then the blocks. */
const BLOCK = 1 << BLOCK_BITS;

/** The index of the first path in sorted `paths` not below `path`. */
function lowerBound(paths: string[], path: string): number {
  let lo = 0;
  let hi = paths.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((paths[mid] as string) < path) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The model's memory of a vault, kept current one file at a time. Each note is read once when
 * it changes. The graph is kept as one part per note (its node, edges, evidence, ghosts and
 * problems, links resolved); a change resolves again only the note itself and the notes with
 * links that the change can redirect (same file name or alias), so one note changed costs
 * about the same in a vault of 100 notes as of 100,000.
 */
export class WorkIndex {
  /** Every file (standalone), or only notes with aliases (when the host resolves files). */
  private readonly own = new LinkResolver();
  private readonly resolver: LinkLookup;
  /** Notes that matter to the model: model notes, evidence notes, notes with problems. */
  private readonly relevant = new Map<string, ParsedNote>();
  /**
   * The relevant paths, sorted: the graph is their parts in this order. This and the link
   * bookkeeping below start with the first `graph()` or `prepare`: a full build reads every
   * note first.
   */
  private sorted: string[] | null = null;
  /** While the first graph is prepared in slices: the notes whose links are not yet known. */
  private unlinked: Iterator<ParsedNote> | null = null;
  /** Each relevant note's part of the graph, once built. */
  private readonly parts = new Map<string, Part>();
  /** Relevant notes whose part must be built again. */
  private readonly dirty = new Set<string>();
  /** The relevant notes with a link of each link key. */
  private readonly linking = new Map<string, Set<string>>();
  /** The parts joined in blocks of `BLOCK` sorted paths; undefined where one must be joined. */
  private readonly blocks: (Part | undefined)[] = [];
  /** Blocks with a changed part, joined again from their parts. */
  private readonly stale = new Set<number>();
  /** The last join of the blocks. */
  private whole: Part | undefined;
  /** The graph last handed out; `cached` is it until something may have changed. */
  private last: Graph | null = null;
  private cached: Graph | null = null;

  /**
   * @param files the host's own link resolution (Obsidian's metadata cache), so that a vault
   *   of 100,000 notes is not indexed twice; without it the index keeps its own file list.
   * @param dailyDay the day a daily note's name gives, in the user's daily-note format.
   */
  constructor(
    readonly settings: Settings,
    private readonly files: LinkLookup | null = null,
    private readonly dailyDay: DailyNoteDay = NO_DAILY_NOTES,
  ) {
    const own = this.own;
    this.resolver = files
      ? {
          resolve(linkpath, source) {
            // Relative links are normalised here; aliases are the model's addition.
            const path = isRelativeLink(linkpath.trim())
              ? relativeTo(source, linkpath.trim())
              : linkpath;
            return (
              (path === null ? null : files.resolve(path, source)) ??
              own.resolveAlias(linkpath, source)
            );
          },
        }
      : own;
  }

  /** Adds or replaces a Markdown note. */
  setNote(input: NoteInput): void {
    const before = this.relevant.get(input.path);
    if (isPlainNote(input, this.settings)) {
      if (this.files) this.own.delete(input.path);
      else this.own.set(input.path);
      this.forget(input.path);
      this.redirected(input.path, before?.aliases, undefined);
      return;
    }
    const note = readNote(input, this.settings, this.dailyDay);
    if (!this.files || note.aliases.length > 0) this.own.set(input.path, note.aliases);
    else this.own.delete(input.path);
    if (note.props || note.evidence || note.problems.length > 0) this.remember(note);
    else this.forget(input.path);
    this.redirected(input.path, before?.aliases, note.aliases);
  }

  /** Adds a file that is not a note (an image, a PDF): links may point at it. */
  setFile(path: string): void {
    if (!this.files) this.own.set(path);
    this.redirected(path, undefined, undefined);
  }

  delete(path: string): void {
    const before = this.relevant.get(path);
    this.own.delete(path);
    this.forget(path);
    this.redirected(path, before?.aliases, undefined);
  }

  /** Where a link from `source` points, by the model's rules (aliases included). */
  resolve(linkpath: string, source: string): string | null {
    return this.resolver.resolve(linkpath, source);
  }

  /** The graph, rebuilding only the parts of notes changed or redirected since last asked. */
  graph(): Graph {
    if (this.cached) return this.cached;
    const sorted = this.startGraph();
    for (const path of this.dirty) this.buildPart(sorted, path);
    this.dirty.clear();
    this.cached = this.last = this.assemble(sorted);
    return this.cached;
  }

  /**
   * Does what the next `graph()` would do, note by note, until `timeUp()` says stop; true once
   * only joining is left. A full build calls it in slices: at 100,000 notes resolving every
   * note's links at once would hold the UI for over 50 ms the first time the model is asked for.
   */
  prepare(timeUp: () => boolean): boolean {
    if (this.cached) return true;
    const sorted = this.startGraph(timeUp);
    if (this.unlinked) return false;
    for (const path of this.dirty) {
      this.buildPart(sorted, path);
      this.dirty.delete(path); // deleting the current item keeps a Set's iteration going
      if (timeUp()) break;
    }
    return this.dirty.size === 0;
  }

  /**
   * The relevant paths, sorted, and each note's links known by key: done once, when the first
   * graph is asked for, and by `prepare` over several slices. A note set meanwhile is linked
   * as it is set; the walk over the live map meets it again, which links it once more, no harm.
   */
  private startGraph(timeUp: () => boolean = () => false): string[] {
    if (!this.sorted) {
      this.sorted = [...this.relevant.keys()].sort(cmp);
      this.unlinked = this.relevant.values();
    }
    if (this.unlinked) {
      for (let next = this.unlinked.next(); !next.done; next = this.unlinked.next()) {
        this.link(next.value);
        if (timeUp()) return this.sorted;
      }
      this.unlinked = null;
    }
    return this.sorted;
  }

  /** Resolves one note's links into its part of the graph. */
  private buildPart(sorted: string[], path: string): void {
    const note = this.relevant.get(path);
    if (!note) return;
    const { nodes, edges, evidence, ghosts, problems, revisions } = buildGraph(
      [note],
      this.resolver,
      this.settings,
      this.relevant,
    );
    const part: Part = { nodes, edges, evidence, ghosts, problems, revisions };
    // A note resolved again for a neighbour's sake usually comes out the same: keeping its
    // old objects tells the analysis that it has nothing to redo.
    if (sameValue(part, this.parts.get(path))) return;
    this.parts.set(path, part);
    this.stale.add(lowerBound(sorted, path) >> BLOCK_BITS);
  }

  /** The graph if it is built and current, else null: asking costs nothing. */
  peekGraph(): Graph | null {
    return this.cached;
  }

  /** The graph built in one go from every note, as `graph()` must always equal. */
  fullGraph(): Graph {
    return buildGraph(this.relevant.values(), this.resolver, this.settings);
  }

  /** Joins the parts, block by block; only blocks with a changed part are joined again. */
  private assemble(sorted: string[]): Graph {
    const blocks = this.blocks;
    for (let b = 0; b * BLOCK < sorted.length; b++) {
      if (blocks[b] && !this.stale.has(b)) continue;
      const parts = sorted.slice(b * BLOCK, (b + 1) * BLOCK).map((p) => this.parts.get(p) as Part);
      blocks[b] = join(parts, blocks[b]);
    }
    this.stale.clear();
    blocks.length = Math.ceil(sorted.length / BLOCK);
    const before = this.whole;
    const whole = (this.whole = join(blocks as Part[], before));
    // Nothing changed (an edit to a note outside the model, a link that resolves as before):
    // the same graph, so everything drawn from it can tell at once that it has nothing to do.
    const same = (k: keyof Part) => whole[k] === before?.[k];
    if (this.last && PART_KEYS.every(same)) return this.last;
    return {
      ...whole,
      byId: new Map(whole.nodes.map((n) => [n.id, n])),
      // A sorted copy: the joined list stays in path order, so the next join can compare it.
      revisions: [...whole.revisions].sort((a, b) => cmp(a.date, b.date) || cmp(a.path, b.path)),
    };
  }

  private remember(note: ParsedNote): void {
    const path = note.path;
    const before = this.relevant.get(path);
    this.relevant.set(path, note);
    if (!this.sorted) return;
    if (before) this.unlink(before);
    else this.reorder(this.sorted, lowerBound(this.sorted, path), path);
    this.link(note);
  }

  private link(note: ParsedNote): void {
    for (const key of keysOf(note)) {
      let set = this.linking.get(key);
      if (!set) this.linking.set(key, (set = new Set()));
      set.add(note.path);
    }
    this.dirty.add(note.path);
  }

  private forget(path: string): void {
    const before = this.relevant.get(path);
    if (!before) return;
    this.relevant.delete(path);
    if (!this.sorted) return;
    this.unlink(before);
    this.parts.delete(path);
    this.dirty.delete(path);
    this.reorder(this.sorted, lowerBound(this.sorted, path));
  }

  /** Inserts `path` at `at` in the sorted paths, or removes the one there; later blocks move. */
  private reorder(sorted: string[], at: number, path?: string): void {
    if (path === undefined) sorted.splice(at, 1);
    else sorted.splice(at, 0, path);
    this.blocks.length = Math.min(this.blocks.length, at >> BLOCK_BITS);
  }

  private unlink(note: ParsedNote): void {
    for (const key of keysOf(note)) {
      const set = this.linking.get(key);
      set?.delete(note.path);
      if (set?.size === 0) this.linking.delete(key);
    }
  }

  /** A file at `path` appeared, changed or went: links that may now point elsewhere. */
  private redirected(path: string, before?: readonly string[], after?: readonly string[]): void {
    this.cached = null;
    if (!this.sorted) return;
    for (const key of [linkKey(path), ...aliasKeys(before), ...aliasKeys(after)])
      for (const from of this.linking.get(key) ?? []) this.dirty.add(from);
  }
}

/** Builds the graph of a whole vault at once. */
export function buildWorkGraph(
  notes: Iterable<NoteInput>,
  otherFiles: Iterable<string>,
  settings: Settings,
  dailyDay: DailyNoteDay = NO_DAILY_NOTES,
): Graph {
  const index = new WorkIndex(settings, null, dailyDay);
  for (const path of otherFiles) index.setFile(path);
  for (const note of notes) index.setNote(note);
  return index.fullGraph();
}
