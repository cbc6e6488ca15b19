import type { Scene, SceneNode } from '../scene';

/** A station of the layered layout, or a waypoint of a line that crosses a layer. */
export interface Item {
  key: string;
  node: SceneNode | null; // null: a waypoint of a line crossing this layer
  layer: number;
  /** Extent before and after the item's centre along the cross axis. */
  before: number;
  after: number;
  /** Half the item's extent along the main axis (its label's, when wider than the station). */
  mainBefore: number;
  cross: number;
  order: number;
  r: number;
  routes: string[];
}

/** A route's stations in order, by item key (a stone drawn twice has a second key). */
export interface Trunk {
  path: Scene['paths'][number];
  keys: string[];
}

/** An edge between two items of successive layers, and how strongly it pulls them together. */
export type Edge = [from: string, to: string, weight: number];

/** What layering hands on: every item in its layer, and the edges between layers. */
export interface LayeredGraph {
  items: Map<string, Item>;
  trunks: Trunk[];
  /** Edges between adjacent layers (through waypoints, for lines that skip layers). */
  edges: Edge[];
  /** The waypoint chain of a line from one item to another that skips layers. */
  via: Map<string, string[]>;
  layerCount: number;
  /**
   * Hundreds of notes are read by zooming in, a few at a time: they get a quicker layout, with
   * fewer sweeps and no waypoints (which would outnumber the notes).
   */
  small: boolean;
}

/**
 * How many stations, edges or labels a phase handles before it pauses: a slice of about a
 * millisecond, so the layout's slices stay short whatever the map's size.
 */
export const CHUNK = 250;

export const edgeKey = (a: string, b: string) => `${a}\u0000${b}`;

export const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
