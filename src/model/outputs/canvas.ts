import type { Graph } from '../graph/graph';
import type { Point } from './map/layout/map-positions';
import { NOW } from './map/map-model';

/** JSON Canvas 1.0 (jsoncanvas.org): the subset the export writes. */
export interface CanvasFile {
  nodes: (
    | {
        id: string;
        type: 'file';
        file: string;
        x: number;
        y: number;
        width: number;
        height: number;
        color?: string;
      }
    | {
        id: string;
        type: 'text';
        text: string;
        x: number;
        y: number;
        width: number;
        height: number;
        color?: string;
      }
  )[];
  edges: {
    id: string;
    fromNode: string;
    toNode: string;
    fromSide?: 'right';
    toSide?: 'left';
    toEnd?: 'arrow' | 'none';
    color?: string;
    label?: string;
  }[];
}

const WIDTH = 260;
const HEIGHT = 60;
/** Room left between two cards. */
const GAP = 40;

/**
 * The one scale that turns the map's positions into a canvas of cards without overlaps: the
 * map draws a note as a small station with a label, a canvas as a 260 × 60 card. Positions
 * keep their proportions, so a pinned note stays where it was among the rest.
 */
function cardScale(points: readonly Point[]): number {
  let scale = 1;
  const sorted = [...points].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Point;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Point;
      const dx = b.x - a.x;
      // Pairs far enough apart along x at the largest scale tried so far need nothing more.
      if (dx * scale >= WIDTH + GAP) break;
      const dy = Math.abs(b.y - a.y);
      const need = Math.min(
        dx > 0 ? (WIDTH + GAP) / dx : Infinity,
        dy > 0 ? (HEIGHT + GAP) / dy : Infinity,
      );
      if (Number.isFinite(need)) scale = Math.max(scale, need);
    }
  }
  return scale;
}
/** Canvas preset colours 1–6 (red, orange, yellow, green, cyan, purple): one per route. */
const routeColor = (i: number) => String((i % 6) + 1);

/**
 * The model as a canvas: a file node per model note, a text node for Now, and each route's
 * path (Now → steps → outcomes) as edges in the route's colour. `positions` are the map's
 * (its layered layout, with the notes a user pinned where they were pinned), scaled as one so
 * that no two cards overlap.
 */
export function toCanvas(graph: Graph, positions: ReadonlyMap<string, Point>): CanvasFile {
  const scale = cardScale([...positions.values()]);
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const box = (id: string) => {
    const p = { x: at(id).x * scale, y: at(id).y * scale };
    return {
      x: Math.round(p.x - WIDTH / 2),
      y: Math.round(p.y - HEIGHT / 2),
      width: WIDTH,
      height: HEIGHT,
    };
  };
  const routes = graph.nodes.filter((n) => n.kind === 'route');
  const colorOf = new Map(routes.map((r, i) => [r.id, routeColor(i)]));
  const nodes: CanvasFile['nodes'] = [{ id: NOW, type: 'text', text: '**Now**', ...box(NOW) }];
  for (const n of graph.nodes) {
    nodes.push({
      id: n.id,
      type: 'file',
      file: n.id,
      ...box(n.id),
      ...(colorOf.has(n.id) ? { color: colorOf.get(n.id) } : {}),
    });
  }
  const edges: CanvasFile['edges'] = [];
  const ids = new Set<string>();
  const edge = (
    group: string,
    from: string,
    to: string,
    extra: Partial<CanvasFile['edges'][number]>,
  ) => {
    // The parts as JSON, which no note name can imitate (`|` and `->` may be in a name); a
    // route that takes one step twice numbers the repeat.
    const base = JSON.stringify([group, from, to]);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}#${n}`;
    ids.add(id);
    edges.push({
      id,
      fromNode: from,
      toNode: to,
      fromSide: 'right',
      toSide: 'left',
      ...extra,
    });
  };
  for (const route of routes) {
    const color = colorOf.get(route.id);
    const steps = graph.edges
      .filter((e) => e.from === route.id && e.kind === 'step')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    const targets = graph.edges.filter((e) => e.from === route.id && e.kind === 'target');
    const path = [NOW, ...steps.map((e) => e.to)];
    const end = path[path.length - 1] ?? NOW;
    // The route's own note hangs off the start of its path, in its colour, like a line's name.
    edge(route.id, route.id, path[1] ?? targets[0]?.to ?? NOW, { color, toEnd: 'none' });
    for (let i = 1; i < path.length; i++) {
      edge(route.id, path[i - 1] ?? NOW, path[i] ?? NOW, { color, label: route.title });
    }
    for (const t of targets) edge(route.id, end, t.to, { color, label: route.title });
  }
  for (const e of graph.edges)
    if (e.kind === 'supports') edge('supports', e.from, e.to, { label: 'supports' });
  return { nodes, edges };
}
