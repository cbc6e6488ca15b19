import { buildGraph } from './build-graph';
import type { Graph } from './graph';
import { LinkResolver, relativeTo, type LinkLookup } from './link-resolver';
import type { NoteInput } from '../read/note-input';
import { isPlainNote, readNote, type ParsedNote } from '../read/read-note';
import type { Settings } from '../settings';

/**
 * The model's memory of a vault, kept current one file at a time. Each note is read once when
 * it changes; links are resolved when the graph is next asked for, because a new or renamed
 * note can change what other notes' links point at.
 */
export class WorkIndex {
  /** Every file (standalone), or only notes with aliases (when the host resolves files). */
  private readonly own = new LinkResolver();
  private readonly resolver: LinkLookup;
  /** Notes that matter to the model: model notes, evidence notes, notes with problems. */
  private readonly relevant = new Map<string, ParsedNote>();
  private cached: Graph | null = null;

  /**
   * @param files the host's own link resolution (Obsidian's metadata cache), so that a vault
   *   of 100,000 notes is not indexed twice; without it the index keeps its own file list.
   */
  constructor(
    readonly settings: Settings,
    private readonly files: LinkLookup | null = null,
  ) {
    const own = this.own;
    this.resolver = files
      ? {
          resolve(linkpath, source) {
            // Relative links are normalised here; aliases are the model's addition.
            const path = linkpath.trim().startsWith('.')
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
    this.cached = null;
    if (isPlainNote(input, this.settings)) {
      if (this.files) this.own.delete(input.path);
      else this.own.set(input.path);
      this.relevant.delete(input.path);
      return;
    }
    const note = readNote(input, this.settings);
    if (!this.files || note.aliases.length > 0) this.own.set(input.path, note.aliases);
    else this.own.delete(input.path);
    if (note.props || note.evidence || note.problems.length > 0)
      this.relevant.set(input.path, note);
    else this.relevant.delete(input.path);
    this.cached = null;
  }

  /** Adds a file that is not a note (an image, a PDF): links may point at it. */
  setFile(path: string): void {
    if (!this.files) this.own.set(path);
    this.cached = null;
  }

  delete(path: string): void {
    this.own.delete(path);
    this.relevant.delete(path);
    this.cached = null;
  }

  /** Where a link from `source` points, by the model's rules (aliases included). */
  resolve(linkpath: string, source: string): string | null {
    return this.resolver.resolve(linkpath, source);
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
