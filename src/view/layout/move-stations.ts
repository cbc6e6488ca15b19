import {
  assemble,
  type Geometry,
  type RouteLine,
  type Station,
} from '../../model/outputs/map/layout/geometry';

/** How far a station moves, on each axis. */
export type Delta = readonly [number, number];

/**
 * A copy of a drawing with some stations moved (`delta` by station key) and their lines taken
 * along: a point a station owns moves with it; a waypoint between two stations moves by a mix
 * of theirs, by where it lies between them; each step number moves with its station.
 */
export function moveStations(g: Geometry, delta: (key: string) => Delta | undefined): Geometry {
  const stations: Station[] = g.stations.map((s) => {
    const d = delta(s.key);
    return d ? { ...s, x: s.x + d[0], y: s.y + d[1] } : s;
  });
  const lines: RouteLine[] = g.lines.map((l) => ({
    ...l,
    trunk: shift(l.trunk, l.trunkOwners, delta),
    branches: l.branches.map((b, i) => shift(b, l.branchOwners[i] ?? [], delta)),
    numbers: l.numbers.map((n) => {
      const d = delta(n.key);
      return d ? { ...n, x: n.x + d[0], y: n.y + d[1] } : n;
    }),
  }));
  return assemble(g.orientation, stations, lines);
}

function shift(
  points: [number, number][],
  owners: (string | null)[],
  delta: (key: string) => Delta | undefined,
): [number, number][] {
  const own = owners.map((o) => (o ? (delta(o) ?? [0, 0]) : null));
  return points.map(([x, y], i) => {
    let d = own[i];
    if (!d) {
      // A waypoint: between the nearest owned points before and after it.
      let a = i;
      while (a > 0 && !own[a]) a--;
      let b = i;
      while (b < own.length - 1 && !own[b]) b++;
      const da = own[a] ?? [0, 0];
      const db = own[b] ?? da;
      const t = b > a ? (i - a) / (b - a) : 0;
      d = [da[0] + (db[0] - da[0]) * t, da[1] + (db[1] - da[1]) * t];
    }
    return [x + d[0], y + d[1]];
  });
}
