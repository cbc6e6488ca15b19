import type { Day } from '../dates';
import type { Gauges, ModelKind, ModelStatus, Signal } from '../read/note-schemas';
import type { Problem } from '../problem';

/** An outcome, skill or route note in the graph. Its id is its vault path. */
export interface ModelNode {
  id: string;
  kind: ModelKind;
  title: string;
  status: ModelStatus;
  /** Outcome or skill category; null for routes and uncategorised outcomes. */
  category: string | null;
  /** Route risk; null otherwise. */
  risk: string | null;
  /** Outcome horizon (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); null otherwise. */
  horizon: string | null;
  /** The day a stepping stone was done (`completed`); null otherwise. */
  completed: Day | null;
  /** The note rests until this day (`resume`); null when it does not rest. */
  resume: Day | null;
  /** A route's gauges as written; null for other notes and for a route without any. */
  gauges: Gauges | null;
  aliases: readonly string[];
  mtime: number;
}

export type EdgeKind = 'target' | 'step' | 'supports' | 'evidence';

export interface Edge {
  from: string;
  to: string;
  kind: EdgeKind;
  /** 1-based position of a step in its route; only on `step` edges. */
  order?: number;
}

/** A link to a note that does not exist yet: the view draws it as a ghost that creates it. */
export interface Ghost {
  from: string;
  field: string;
  /** The link path as written, which is also the name of the note to create. */
  name: string;
  /** For a route's missing step: how many of its steps come before it, so it keeps its slot. */
  after?: number;
}

/** One evidence note and the model nodes it is evidence for. */
export interface Evidence {
  file: string;
  date: Day;
  signal: Signal | null;
  /** What happened: the note's `summary`, else its body's first paragraph. */
  happened: string | null;
  /** What it taught: the note's `lesson`. */
  lesson: string | null;
  targets: string[];
}

export interface Graph {
  /** Model nodes sorted by id. */
  nodes: ModelNode[];
  byId: ReadonlyMap<string, ModelNode>;
  /** Sorted by from, to, kind, order. */
  edges: Edge[];
  /** Sorted by file. */
  evidence: Evidence[];
  ghosts: Ghost[];
  /** Sorted by file, field, severity, message. */
  problems: Problem[];
  /** Revision notes, oldest first. */
  revisions: { path: string; date: Day }[];
}
