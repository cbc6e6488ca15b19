import { buildGraph } from './build-graph';
import type { Graph } from './graph';
import { LinkResolver } from './link-resolver';
import type { NoteInput } from './note-input';
import { readNote, type ParsedNote } from './read-note';
import type { Settings } from './settings';

/**
 * The model's memory of a vault, kept current one file at a time. Each note is read once when
 * it changes; links are resolved when the graph is next asked for, because a new or renamed
 * note can change what other notes' links point at.
 */
export class WorkIndex {
  private readonly resolver = new LinkResolver();
  /** Notes that matter to the model: model notes, evidence notes, notes with problems. */
  private readonly relevant = new Map<string, ParsedNote>();
  private cached: Graph | null = null;

  constructor(readonly settings: Settings) {}

  /** Adds or replaces a Markdown note. */
  setNote(input: NoteInput): void {
    const note = readNote(input, this.settings);
    this.resolver.set(input.path, note.aliases);
    if (note.props || note.evidence || note.problems.length > 0)
      this.relevant.set(input.path, note);
    else this.relevant.delete(input.path);
    this.cached = null;
  }

  /** Adds a file that is not a note (an image, a PDF): links may point at it. */
  setFile(path: string): void {
    this.resolver.set(path);
    this.cached = null;
  }

  delete(path: string): void {
    this.resolver.delete(path);
    this.relevant.delete(path);
    this.cached = null;
  }

  /** Where a link from `source` points, by the model's rules (aliases included). */
  resolve(linkpath: string, source: string): string | null {
    return this.resolver.resolve(linkpath, source);
  }

  get size(): number {
    return this.relevant.size;
  }

  graph(): Graph {
    this.cached ??= buildGraph(this.relevant.values(), this.resolver, this.settings);
    return this.cached;
  }
}

/** Builds the graph of a whole vault at once. */
export function buildWorkGraph(
  notes: Iterable<NoteInput>,
  otherFiles: Iterable<string>,
  settings: Settings,
): Graph {
  const index = new WorkIndex(settings);
  for (const path of otherFiles) index.setFile(path);
  for (const note of notes) index.setNote(note);
  return index.graph();
}
