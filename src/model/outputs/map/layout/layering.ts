import { NOW } from '../map-model';
import type { Scene, SceneNode } from '../scene';
import {
  CHUNK,
  edgeKey,
  type Edge,
  type Item,
  type LayeredGraph,
  type Trunk,
} from './layered-graph';

/**
 * Puts every note in a layer: Now first, each route's note second, every step strictly after
 * the one before it (longest-path layering; a stone two routes use in opposite orders is drawn
 * a second time for the later route), outcomes in the last layer. Lines that skip layers pass
 * through waypoints, so a line never runs through a note that is not on it.
 */
export function* layering(scene: Scene): Generator<void, LayeredGraph, void> {
  const items = new Map<string, Item>();
  const succ = new Map<string, Map<string, number>>();
  const pred = new Map<string, Map<string, number>>();
  const addEdge = (a: string, b: string, w = 1) => {
    const s = succ.get(a) ?? new Map<string, number>();
    s.set(b, (s.get(b) ?? 0) + w);
    succ.set(a, s);
    const p = pred.get(b) ?? new Map<string, number>();
    p.set(a, (p.get(a) ?? 0) + w);
    pred.set(b, p);
  };
  const reaches = (from: string, to: string): boolean => {
    const stack = [from];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const k = stack.pop() as string;
      if (k === to) return true;
      if (seen.has(k)) continue;
      seen.add(k);
      for (const n of succ.get(k)?.keys() ?? []) stack.push(n);
    }
    return false;
  };
  const node = (id: string) => scene.byId.get(id) ?? null;
  const item = (key: string, n: SceneNode | null): Item => {
    let it = items.get(key);
    if (!it) {
      it = {
        key,
        node: n,
        layer: 0,
        before: 0,
        after: 0,
        mainBefore: 0,
        cross: 0,
        order: items.size,
        r: 0,
        routes: [],
      };
      items.set(key, it);
    }
    return it;
  };
  if (scene.byId.has(NOW)) item(NOW, node(NOW));
  const trunks: Trunk[] = [];
  let work = 0;
  for (const path of scene.paths) {
    if ((work += path.stations.length) > CHUNK) {
      work = 0;
      yield;
    }
    const keys: string[] = [];
    for (const id of path.stations) {
      const prev = keys[keys.length - 1];
      let key = id;
      // A stone already after this one (a cycle between routes), or twice on one route: a copy.
      if (prev !== undefined && (keys.includes(id) || reaches(id, prev)))
        key = `${id}#${path.route.id}`;
      const it = item(key, node(id));
      it.routes.push(path.route.id);
      if (prev !== undefined) addEdge(prev, key);
      keys.push(key);
    }
    trunks.push({ path, keys });
  }

  yield;
  // Longest path from the notes nothing leads to.
  const indegree = new Map<string, number>();
  for (const k of items.keys()) indegree.set(k, pred.get(k)?.size ?? 0);
  const queue = [...items.keys()].filter((k) => indegree.get(k) === 0);
  for (let i = 0; i < queue.length; i++) {
    const k = queue[i] as string;
    const layer = (items.get(k) as Item).layer;
    for (const n of succ.get(k)?.keys() ?? []) {
      const it = items.get(n) as Item;
      it.layer = Math.max(it.layer, layer + 1);
      const d = (indegree.get(n) ?? 0) - 1;
      indegree.set(n, d);
      if (d === 0) queue.push(n);
    }
  }
  yield;
  let stoneMax = 0;
  for (const it of items.values()) stoneMax = Math.max(stoneMax, it.layer);
  const onLines = new Set([...items.values()].map((it) => it.node?.id));
  const free = scene.nodes.filter((n) => !onLines.has(n.id) && n.kind !== 'outcome');
  const freeLayer = Math.max(stoneMax, scene.paths.length > 0 ? 2 : 1);
  const outcomeLayer =
    Math.max(stoneMax, free.some((n) => n.kind !== 'evidence') ? freeLayer : 0) + 1;
  for (const n of scene.nodes) {
    if (n.kind === 'outcome') item(n.id, n).layer = outcomeLayer;
  }
  for (const n of free) item(n.id, n).layer = n.kind === 'evidence' ? outcomeLayer + 1 : freeLayer;
  for (const { path, keys } of trunks) {
    const last = keys[keys.length - 1];
    for (const o of path.outcomes) {
      item(o, node(o)).routes.push(path.route.id);
      if (last) addEdge(last, o);
    }
  }
  // Links that are not route lines still pull their notes together when ordering.
  for (const l of scene.links) {
    if (items.has(l.from) && items.has(l.to)) {
      const a = items.get(l.from) as Item;
      const b = items.get(l.to) as Item;
      if (a.layer < b.layer) addEdge(l.from, l.to, 0.25);
      else if (b.layer < a.layer) addEdge(l.to, l.from, 0.25);
    }
  }
  // An outcome only hidden routes reach is drawn near the last of their stones still shown.
  for (const a of scene.anchors) if (items.has(a.from)) addEdge(a.from, a.to, 0.25);

  const small = items.size <= 400;
  yield;

  // Waypoints for route lines that skip layers.
  const via = new Map<string, string[]>();
  const routeEdges = new Map<string, string[]>(); // edgeKey(a, b) → routes along it
  for (const { path, keys } of trunks) {
    const pairs: [string, string][] = [];
    for (let i = 1; i < keys.length; i++) pairs.push([keys[i - 1] as string, keys[i] as string]);
    const last = keys[keys.length - 1];
    if (last) for (const o of path.outcomes) pairs.push([last, o]);
    for (const [a, b] of pairs) {
      const list = routeEdges.get(edgeKey(a, b)) ?? [];
      list.push(path.route.id);
      routeEdges.set(edgeKey(a, b), list);
    }
  }
  yield;
  const edges: Edge[] = [];
  for (const [a, m] of succ) {
    if ((work += m.size) > CHUNK) {
      work = 0;
      yield;
    }
    for (const [b, w] of m) {
      const la = (items.get(a) as Item).layer;
      const lb = (items.get(b) as Item).layer;
      const routes = routeEdges.get(edgeKey(a, b));
      if (small && lb - la > 1 && routes) {
        const chain = [a];
        for (let l = la + 1; l < lb; l++) {
          const it = item(`~${a}\u0000${b}\u0000${l}`, null);
          it.layer = l;
          it.routes = routes;
          chain.push(it.key);
        }
        chain.push(b);
        via.set(edgeKey(a, b), chain);
        for (let i = 1; i < chain.length; i++)
          edges.push([chain[i - 1] as string, chain[i] as string, w]);
      } else if (lb > la) edges.push([a, b, w]);
    }
  }
  let layerCount = 0;
  for (const it of items.values()) layerCount = Math.max(layerCount, it.layer + 1);
  return { items, trunks, edges, via, layerCount, small };
}
