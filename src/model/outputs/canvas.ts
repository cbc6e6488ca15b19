import type { Graph } from '../graph/graph';
import { layeredLayout, NOW_ID, type Point } from './layout';

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
/** Canvas preset colours 1–6 (red, orange, yellow, green, cyan, purple): one per route. */
const routeColor = (i: number) => String((i % 6) + 1);

/**
 * The model as a canvas: a file node per model note, a text node for Now, and each route's
 * path (Now → steps → outcomes) as edges in the route's colour. `positions` are the view's
 * node centres; nodes without one get the layered layout's.
 */
export function toCanvas(
  graph: Graph,
  positions: ReadonlyMap<string, Point> = new Map(),
): CanvasFile {
  const fallback = layeredLayout(graph);
  const at = (id: string) => positions.get(id) ?? fallback.get(id) ?? { x: 0, y: 0 };
  const box = (id: string) => {
    const p = at(id);
    return {
      x: Math.round(p.x - WIDTH / 2),
      y: Math.round(p.y - HEIGHT / 2),
      width: WIDTH,
      height: HEIGHT,
    };
  };
  const routes = graph.nodes.filter((n) => n.kind === 'route');
  const colorOf = new Map(routes.map((r, i) => [r.id, routeColor(i)]));
  const nodes: CanvasFile['nodes'] = [
    { id: NOW_ID, type: 'text', text: '**Now**', ...box(NOW_ID) },
  ];
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
    const path = [NOW_ID, ...steps.map((e) => e.to)];
    const end = path[path.length - 1] ?? NOW_ID;
    // The route's own note hangs off the start of its path, in its colour, like a line's name.
    edge(route.id, route.id, path[1] ?? targets[0]?.to ?? NOW_ID, { color, toEnd: 'none' });
    for (let i = 1; i < path.length; i++) {
      edge(route.id, path[i - 1] ?? NOW_ID, path[i] ?? NOW_ID, { color, label: route.title });
    }
    for (const t of targets) edge(route.id, end, t.to, { color, label: route.title });
  }
  for (const e of graph.edges)
    if (e.kind === 'supports') edge('supports', e.from, e.to, { label: 'supports' });
  return { nodes, edges };
}
