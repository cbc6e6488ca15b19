import type { Geometry, Station } from '../../model/outputs/map/layout/geometry';
import { moveStations, type Delta } from './move-stations';

/** Room between the drawing as it was and the stations a change adds beside it. */
const GAP = 32;

/**
 * A new layout that adds stations to the drawing on screen (a hidden route shown, a note
 * added) keeps every station that was there where it was: a reader's map does not reshuffle
 * because one route came back. The added stations keep their places along the main axis
 * (mapped through the stations both layouts share, so a route's steps still advance) and go
 * beside the old drawing across it. A change that takes stations away, or a layout for a new
 * pane size or orientation, is the new layout as it is.
 */
export function keepPlaces(next: Geometry, previous: Geometry | null): Geometry {
  if (
    !previous ||
    previous.stations.length === 0 ||
    next.orientation === 'strips' ||
    previous.orientation !== next.orientation
  )
    return next;
  const before = sameStations(next, previous);
  const added = next.stations.filter((s) => !before.has(s.key));
  if (added.length === 0 || added.length + previous.stations.length !== next.stations.length)
    return next;
  const horizontal = next.orientation === 'horizontal';
  const main = (p: { x: number; y: number }) => (horizontal ? p.x : p.y);
  const cross = (p: { x: number; y: number }) => (horizontal ? p.y : p.x);
  const mainOf = monotoneMap(
    next.stations.flatMap((s) => {
      const was = before.get(s.key);
      return was ? [[main(s), main(was)] as const] : [];
    }),
  );
  const edge = (horizontal ? previous.bounds.y1 : previous.bounds.x1) + GAP;
  const start = Math.min(...added.map((s) => cross(s) - s.r));
  const deltas = new Map<string, Delta>();
  const along = (s: Station, m: number, c: number): Delta =>
    horizontal ? [m - s.x, c - s.y] : [c - s.x, m - s.y];
  for (const s of next.stations) {
    const was = before.get(s.key);
    deltas.set(
      s.key,
      was ? [was.x - s.x, was.y - s.y] : along(s, mainOf(main(s)), edge + cross(s) - start),
    );
  }
  return moveStations(next, (key) => deltas.get(key));
}

/**
 * The station of the previous drawing each new station stands for: the one with its key, or
 * else the only station of its note (a note drawn twice for a cycle between routes may take
 * the other copy's key when a route comes back).
 */
function sameStations(next: Geometry, previous: Geometry): Map<string, Station> {
  const out = new Map<string, Station>();
  const taken = new Set<Station>();
  for (const s of next.stations) {
    const was = previous.byKey.get(s.key);
    if (was) {
      out.set(s.key, was);
      taken.add(was);
    }
  }
  for (const s of next.stations) {
    if (out.has(s.key)) continue;
    const olds = previous.byId.get(s.node.id) ?? [];
    const news = next.byId.get(s.node.id) ?? [];
    const was = olds.length === 1 && news.length === 1 ? olds[0] : undefined;
    if (was && !taken.has(was)) {
      out.set(s.key, was);
      taken.add(was);
    }
  }
  return out;
}

/**
 * A map from new to old positions along the main axis through the pairs given, never going
 * back (so order along the axis is kept), and shifted by the nearest pair beyond them.
 */
function monotoneMap(pairs: readonly (readonly [number, number])[]): (v: number) => number {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  let most = -Infinity;
  const points = sorted.map(([v, w]) => [v, (most = Math.max(most, w))] as const);
  return (v) => {
    const first = points[0];
    const last = points[points.length - 1];
    if (!first || !last) return v;
    if (v <= first[0]) return first[1] + v - first[0];
    if (v >= last[0]) return last[1] + v - last[0];
    const i = points.findIndex((p) => p[0] >= v);
    const [v1, w1] = points[i] as readonly [number, number];
    const [v0, w0] = points[i - 1] as readonly [number, number];
    return v1 === v0 ? w1 : w0 + ((w1 - w0) * (v - v0)) / (v1 - v0);
  };
}
