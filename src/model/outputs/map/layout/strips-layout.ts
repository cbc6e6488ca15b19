import {
  assemble,
  metaOf,
  radiusFor,
  TAP_PX,
  type Geometry,
  type Measure,
  type RouteLine,
  type Station,
} from './geometry';
import { wrapLabel } from './label-text';
import type { Scene, SceneNode } from '../scene';

const MARGIN = 16;
const STRIP_GAP = 28;
/** Stations are a tap target apart, so a finger never hits the wrong one. */
const PITCH = 2 * TAP_PX + 6;

/**
 * Route strips, for panes narrower than 500 px: one strip per route, best ranked first, each
 * reading Now → the route → its numbered steps → its outcomes along one line, labels beside
 * the stations at full width. A stone on several routes appears in each of their strips,
 * marked as an interchange. Notes on no visible route follow in a last strip without a line.
 */
export function stripsLayout(scene: Scene, measure: Measure, pane: { width: number }): Geometry {
  const x = MARGIN + 28; // room for the step numbers left of the line
  const labelWidth = Math.max(120, pane.width - x - 2 * MARGIN - 20);
  const stations: Station[] = [];
  const lines: RouteLine[] = [];
  const uses = new Map<string, number>();
  for (const p of scene.paths)
    for (const id of new Set([...p.stations.slice(2)])) uses.set(id, (uses.get(id) ?? 0) + 1);
  let y = MARGIN + 14;
  const station = (n: SceneNode, key: string): Station => {
    const lines = wrapLabel(n.title, labelWidth, measure);
    const route = n.kind === 'route' ? scene.routeById.get(n.id) : undefined;
    // A strip's route says where it stands: strips are read top down, best first.
    const meta = route
      ? `#${route.rank} · advancement ${route.advancement} · ${route.stepsDone}/${route.stepsTotal} steps done`
      : metaOf(n);
    const all = meta ? [...lines, meta] : lines;
    const s: Station = {
      key,
      node: n,
      x,
      y,
      r: radiusFor(n.kind, 1),
      label: {
        lines,
        meta,
        width: Math.ceil(Math.max(...all.map((t) => measure.width(t)))),
        height: all.length * measure.lineHeight,
        side: 'right',
      },
      interchange: n.kind === 'skill' && (uses.get(n.id) ?? 0) > 1,
    };
    stations.push(s);
    y += Math.max(PITCH, s.label.height + 12);
    return s;
  };
  const byRank = [...scene.paths].sort((a, b) => a.route.rank - b.route.rank);
  byRank.forEach((p, i) => {
    const trunk = p.stations
      .map((id) => scene.byId.get(id))
      .filter((n): n is SceneNode => n !== undefined)
      .map((n) => station(n, `${n.id}@${i}`));
    const outcomes = p.outcomes
      .map((id) => scene.byId.get(id))
      .filter((n): n is SceneNode => n !== undefined)
      .map((n) => station(n, `${n.id}@${i}`));
    const last = trunk[trunk.length - 1];
    // Outcomes follow one another down the strip: each branch continues from the one before.
    const ends = [last, ...outcomes];
    lines.push({
      route: p.route,
      trunk: trunk.map((s) => [s.x, s.y]),
      trunkOwners: trunk.map((s) => s.key),
      branches: outcomes.map((s, j) => {
        const from = ends[j];
        return from
          ? [
              [from.x, from.y],
              [s.x, s.y],
            ]
          : [[s.x, s.y]];
      }),
      branchOwners: outcomes.map((s, j) => [ends[j]?.key ?? null, s.key]),
      numbers: trunk.slice(2).map((s, n) => ({ n: n + 1, key: s.key, x: s.x - s.r - 10, y: s.y })),
    });
    y += STRIP_GAP;
  });
  const placed = new Set(stations.map((s) => s.node.id));
  for (const n of scene.nodes) if (!placed.has(n.id)) station(n, n.id);
  return assemble('strips', stations, lines);
}
