import { KIND_STYLES } from '../kind-styles';
import type { MapKind, MapRoute } from '../map-model';
import type { SceneNode } from '../scene';

/** How the map is laid out: along the pane's longer side, or as one strip per route. */
export type Orientation = 'horizontal' | 'vertical' | 'strips';

/** Text widths in the map's label font, as the canvas measures them. */
export interface Measure {
  width(text: string): number;
  /** Height of one line of label text, in CSS pixels. */
  lineHeight: number;
  /** The label font's size, in CSS pixels. */
  fontPx: number;
}

/** A label as drawn: constant on-screen size, beside or below its station. */
export interface StationLabel {
  /** The title, wrapped: two lines, three for outcomes and routes. */
  lines: string[];
  /** A muted last line: an outcome's category and horizon year. */
  meta: string | null;
  width: number;
  height: number;
  side: 'below' | 'above' | 'right';
  /** The same label wrapped narrower, tried when the full one has no room. */
  compact?: { lines: string[]; width: number; height: number };
}

/** One drawn place of a note. A note drawn twice (route strips, a cycle between routes) has two. */
export interface Station {
  key: string;
  node: SceneNode;
  x: number;
  y: number;
  r: number;
  label: StationLabel;
  /** A stone on more than one route, drawn in several strips: marked as an interchange. */
  interchange: boolean;
}

/** A route's line as drawn: the trunk from Now to its last step, and a branch to each outcome. */
export interface RouteLine {
  route: MapRoute;
  trunk: [number, number][];
  branches: [number, number][][];
  /** The station key each point belongs to (waypoints: none), so a dragged station takes its points along. */
  trunkOwners: (string | null)[];
  branchOwners: (string | null)[][];
  /** Where each step's number is drawn (world coordinates). */
  numbers: { n: number; key: string; x: number; y: number }[];
}

export interface Geometry {
  orientation: Orientation;
  stations: Station[];
  byKey: ReadonlyMap<string, Station>;
  /** Every station of a note, by note id. */
  byId: ReadonlyMap<string, Station[]>;
  lines: RouteLine[];
  /** Stations and labels at zoom 1, for Fit. */
  bounds: { x0: number; y0: number; x1: number; y1: number };
}

export const LANE_GAP = 5;
export const TAP_PX = 22;

/** A station's radius: its kind's size, wide enough for the lines running through it. */
export const radiusFor = (kind: MapKind, lanes: number) =>
  Math.max(KIND_STYLES[kind].radius, (lanes * LANE_GAP) / 2 + 3);

/** An outcome's muted line: its category and horizon year. */
export function metaOf(n: SceneNode): string | null {
  if (n.kind !== 'outcome') return null;
  const parts = [n.category, n.horizon?.slice(0, 4)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Collects stations into the geometry's indexes and measures its bounds. */
export function assemble(
  orientation: Orientation,
  stations: Station[],
  lines: RouteLine[],
): Geometry {
  const byKey = new Map(stations.map((s) => [s.key, s]));
  const byId = new Map<string, Station[]>();
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of stations) {
    const list = byId.get(s.node.id);
    if (list) list.push(s);
    else byId.set(s.node.id, [s]);
    const box = labelBox(s, 1);
    x0 = Math.min(x0, s.x - s.r, box.x);
    y0 = Math.min(y0, s.y - s.r, box.y);
    x1 = Math.max(x1, s.x + s.r, box.x + box.width);
    y1 = Math.max(y1, s.y + s.r, box.y + box.height);
  }
  if (stations.length === 0) x0 = y0 = x1 = y1 = 0;
  return { orientation, stations, byKey, byId, lines, bounds: { x0, y0, x1, y1 } };
}

/**
 * Where a station's label sits, for a station drawn at (x, y) with radius `r × k`: centred below
 * or above it, or to its right, in screen units (the label's size never changes with the zoom).
 */
export function labelBox(
  s: Station,
  k: number,
  at: { x: number; y: number } = s,
  side: LabelSide = s.label.side,
  size: { width: number; height: number } = s.label,
) {
  const d = labelOffset(s.r * k, side, s.interchange);
  const { width, height } = size;
  if (side === 'right') return { x: at.x + d, y: at.y - height / 2, width, height, side };
  if (side === 'left') return { x: at.x - d - width, y: at.y - height / 2, width, height, side };
  const y = side === 'below' ? at.y + d : at.y - d - height;
  return { x: at.x - width / 2, y, width, height, side };
}

/** The rings around a station, in screen px outside its edge, and the stale ring's width. */
export const RINGS = { interchange: 3, stale: 4, staleOnInterchange: 6, staleWidth: 1.5 } as const;

/**
 * How far the near side of a label is from its station's centre, for a station of radius `r`
 * on screen: clear of the stale ring, since a label that touches it reads as part of the ring,
 * and a little further beside the station than above or below it. The layout reserves this
 * room and `labelBox` draws there, so both read it from here.
 */
export function labelOffset(r: number, side: LabelSide, interchange: boolean): number {
  const ring = interchange ? RINGS.staleOnInterchange : RINGS.stale;
  const clear = r + Math.ceil(ring + RINGS.staleWidth / 2);
  return side === 'left' || side === 'right' ? clear + 4 : clear;
}

export type LabelSide = 'below' | 'above' | 'right' | 'left';

/** Where else a label may go when its own place is taken, best first. */
export const ALTERNATIVES: Record<LabelSide, LabelSide[]> = {
  below: ['below', 'above', 'right', 'left'],
  above: ['above', 'below', 'right', 'left'],
  right: ['right', 'left', 'below', 'above'],
  left: ['left', 'right', 'below', 'above'],
};
