import {
  assemble,
  labelOffset,
  LANE_GAP,
  metaOf,
  radiusFor,
  type Geometry,
  type Measure,
  type RouteLine,
  type Station,
} from './geometry';
import { wrapLabel } from './label-text';
import { NOW } from '../map-model';
import type { Scene, SceneNode } from '../scene';

const MARGIN = 24;
const GAP = 22;
const SWEEPS = 12;

interface Item {
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

/**
 * The transit-map layout: Now in the first layer, each route's note in the second, every step
 * strictly after the one before it (longest-path layering; a stone two routes use in opposite
 * orders is drawn a second time for the later route), outcomes in the last layer. Lines that
 * skip layers pass through waypoints, so a line never runs through a note that is not on it.
 * Crossings are reduced by barycentre sweeps; spacing comes from the measured labels, wrapped
 * to a width that lets the drawing fill a pane of the given size.
 *
 * It runs in steps: it pauses after each sweep and each pass, so a map of thousands of notes
 * is laid out a slice at a time between frames and never blocks the pane for long.
 */
export function* layeredLayoutSteps(
  scene: Scene,
  measure: Measure,
  pane: { width: number; height: number },
  orientation: 'horizontal' | 'vertical',
): Generator<void, Geometry, void> {
  const horizontal = orientation === 'horizontal';
  // ---- stations and the route graph ------------------------------------------------------
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
  const trunks: { path: Scene['paths'][number]; keys: string[] }[] = [];
  for (const path of scene.paths) {
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
  // ---- layers ------------------------------------------------------------------------------
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

  // Hundreds of notes are read by zooming in, a few at a time: they get a quicker layout, with
  // fewer sweeps and no waypoints (which would outnumber the notes).
  const small = items.size <= 400;

  // ---- waypoints for lines that skip layers ----------------------------------------------
  const via = new Map<string, string[]>();
  const routeEdges = new Map<string, string[]>(); // "a\0b" → routes along it
  const keyOf = (a: string, b: string) => `${a}\u0000${b}`;
  for (const { path, keys } of trunks) {
    const pairs: [string, string][] = [];
    for (let i = 1; i < keys.length; i++) pairs.push([keys[i - 1] as string, keys[i] as string]);
    const last = keys[keys.length - 1];
    if (last) for (const o of path.outcomes) pairs.push([last, o]);
    for (const [a, b] of pairs) {
      const list = routeEdges.get(keyOf(a, b)) ?? [];
      list.push(path.route.id);
      routeEdges.set(keyOf(a, b), list);
    }
  }
  const edges: [string, string, number][] = [];
  for (const [a, m] of succ)
    for (const [b, w] of m) {
      const la = (items.get(a) as Item).layer;
      const lb = (items.get(b) as Item).layer;
      const routes = routeEdges.get(keyOf(a, b));
      if (small && lb - la > 1 && routes) {
        const chain = [a];
        for (let l = la + 1; l < lb; l++) {
          const it = item(`~${a}\u0000${b}\u0000${l}`, null);
          it.layer = l;
          it.routes = routes;
          chain.push(it.key);
        }
        chain.push(b);
        via.set(keyOf(a, b), chain);
        for (let i = 1; i < chain.length; i++)
          edges.push([chain[i - 1] as string, chain[i] as string, w]);
      } else if (lb > la) edges.push([a, b, w]);
    }

  yield;
  // ---- order within layers: barycentre sweeps, keeping the order with fewest crossings ----
  let layerCount = 0;
  for (const it of items.values()) layerCount = Math.max(layerCount, it.layer + 1);
  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  for (const it of items.values()) layers[it.layer]?.push(it);
  for (const l of layers) l.sort((a, b) => a.order - b.order).forEach((it, i) => (it.order = i));
  const down = new Map<string, [string, number][]>();
  const up = new Map<string, [string, number][]>();
  for (const [a, b, w] of edges) {
    append(down, b, [a, w]);
    append(up, a, [b, w]);
  }
  const crossings = () => {
    let total = 0;
    for (let l = 0; l + 1 < layerCount; l++) {
      const es: [number, number, number][] = [];
      for (const it of layers[l] as Item[])
        for (const [b, w] of up.get(it.key) ?? [])
          es.push([it.order, (items.get(b) as Item).order, w]);
      for (let i = 0; i < es.length; i++)
        for (let j = i + 1; j < es.length; j++) {
          const [a1, b1, w1] = es[i] as [number, number, number];
          const [a2, b2, w2] = es[j] as [number, number, number];
          if ((a1 - a2) * (b1 - b2) < 0) total += w1 * w2;
        }
    }
    return total;
  };
  let best = small ? crossings() : 0;
  let bestOrder = new Map([...items.values()].map((it) => [it.key, it.order]));
  const sweeps = small ? SWEEPS : 4;
  for (let s = 0; s < sweeps; s++) {
    yield;
    const downwards = s % 2 === 0;
    const range = downwards
      ? Array.from({ length: layerCount - 1 }, (_, i) => i + 1)
      : Array.from({ length: layerCount - 1 }, (_, i) => layerCount - 2 - i);
    for (const l of range) {
      const layer = layers[l] as Item[];
      const bary = new Map<string, number>();
      for (const it of layer) {
        const ns = (downwards ? down : up).get(it.key) ?? [];
        let sum = 0;
        let weight = 0;
        for (const [k, w] of ns) {
          sum += (items.get(k) as Item).order * w;
          weight += w;
        }
        bary.set(it.key, weight > 0 ? sum / weight : it.order);
      }
      layer.sort(
        (a, b) => (bary.get(a.key) as number) - (bary.get(b.key) as number) || a.order - b.order,
      );
      layer.forEach((it, i) => (it.order = i));
    }
    if (small) {
      const c = crossings();
      if (c < best) {
        best = c;
        bestOrder = new Map([...items.values()].map((it) => [it.key, it.order]));
      }
    }
  }
  if (small) {
    for (const it of items.values()) it.order = bestOrder.get(it.key) ?? it.order;
    for (const l of layers) l.sort((a, b) => a.order - b.order);
  }

  // ---- labels and sizes --------------------------------------------------------------------
  const widest = Math.max(1, ...layers.map((l) => l.filter((it) => it.node).length));
  // Left to right, labels alternate below and above from layer to layer, as on a transit map:
  // a label may be half as wide again as the spacing of layers, and never reaches the station
  // of the next layer.
  const pitch = (pane.width - 2 * MARGIN) / (layerCount + 0.5);
  const labelWidth = horizontal
    ? clamp(Math.min(1.5 * pitch, 2 * (pitch - 16)), 72, 190)
    : clamp((pane.width - 2 * MARGIN) / widest - 40, 80, 220);
  const labels = new Map<string, Station['label']>();
  let measured = 0;
  for (const it of items.values()) {
    // Measuring text is the slow part of a large map: pause every few hundred labels.
    if (++measured % 100 === 0) yield;
    it.r = it.node ? radiusFor(it.node.kind, it.routes.length) : (it.routes.length * LANE_GAP) / 2;
    if (!it.node) {
      it.before = it.after = it.r + 2;
      it.mainBefore = 0;
      continue;
    }
    // Outcomes and routes may take a third line: their names are what a reader compares, and
    // two work versions often differ only at the end ("… climate nonprofit designer").
    const maxLines = it.node.kind === 'outcome' || it.node.kind === 'route' ? 3 : 2;
    const lines =
      it.node.kind === 'evidence'
        ? [it.node.title]
        : wrapLabel(it.node.title, labelWidth, measure, maxLines);
    const meta = metaOf(it.node);
    const all = meta ? [...lines, meta] : lines;
    const width = Math.ceil(Math.max(...all.map((t) => measure.width(t))));
    const height = all.length * measure.lineHeight;
    const side = !horizontal ? 'right' : it.layer % 2 === 0 ? 'below' : 'above';
    const label: Station['label'] = { lines, meta, width, height, side };
    // A label within its own layer's column, for where the wide one meets a neighbour's.
    if (horizontal && small && width > pitch - GAP) {
      // Narrower, so one more line: a stone's name fits whole where two lines would cut it.
      const narrow = wrapLabel(it.node.title, Math.max(60, pitch - GAP), measure, maxLines + 1);
      const parts = meta ? [...narrow, meta] : narrow;
      label.compact = {
        lines: narrow,
        width: Math.ceil(Math.max(...parts.map((t) => measure.width(t)))),
        height: parts.length * measure.lineHeight,
      };
    }
    labels.set(it.key, label);
    if (horizontal) {
      // The layered layout marks no station as an interchange (see `stations` below).
      const label = labelOffset(it.r, side, false) + height + GAP / 2;
      it.before = side === 'above' ? label : it.r + GAP / 2;
      it.after = side === 'below' ? label : it.r + GAP / 2;
      it.mainBefore = Math.max(it.r, width / 2);
    } else {
      it.before = it.r + GAP / 2;
      it.after = labelOffset(it.r, 'right', false) + width + GAP;
      it.mainBefore = Math.max(it.r, height / 2);
    }
  }

  // ---- positions along the main axis -----------------------------------------------------
  // Labels on the same side are two layers apart when they alternate, one layer apart otherwise.
  const half = layers.map((layer) => Math.max(0, ...layer.map((it) => it.mainBefore)));
  const step = horizontal ? 2 : 1;
  const mainPos: number[] = [];
  for (let l = 0; l < layerCount; l++) {
    const prev = l === 0 ? 0 : Math.max(half[l - 1] as number, half[l] as number) + 16;
    let at = l === 0 ? 0 : (mainPos[l - 1] as number) + Math.max(prev, horizontal ? 64 : 56);
    if (l >= step)
      at = Math.max(
        at,
        (mainPos[l - step] as number) + (half[l - step] as number) + (half[l] as number) + GAP,
      );
    mainPos.push(at);
  }

  // ---- positions across: centred packing, then pulled towards neighbours -------------------
  for (const layer of layers) {
    let c = 0;
    layer.forEach((it, i) => {
      c += i === 0 ? it.before : (layer[i - 1] as Item).after + it.before;
      it.cross = c;
    });
    const mid = c / 2;
    for (const it of layer) it.cross -= mid;
  }
  const neighbours = new Map<string, [string, number][]>();
  for (const [a, b, w] of edges) {
    append(neighbours, a, [b, w]);
    append(neighbours, b, [a, w]);
  }
  for (let round = 0; round < (small ? 8 : 3); round++) {
    for (const layer of layers) {
      const want = layer.map((it) => {
        let sum = 0;
        let weight = 0;
        for (const [k, w] of neighbours.get(it.key) ?? []) {
          sum += (items.get(k) as Item).cross * w;
          weight += w;
        }
        return weight > 0 ? sum / weight : it.cross;
      });
      placeInOrder(layer, want);
    }
    yield;
  }

  // Pairwise across layers: for the maps whose labels are read at all, not for thousands of notes.
  if (horizontal && small) separateNeighbours(layers, mainPos, labels);

  // A small map spreads out to fill the pane: more room between notes, labels as they are.
  let lo = Infinity;
  let hi = -Infinity;
  for (const it of items.values()) {
    lo = Math.min(lo, it.cross - it.before);
    hi = Math.max(hi, it.cross + it.after);
  }
  const across = (horizontal ? pane.height : pane.width) - 2 * MARGIN;
  const stretch = clamp(across / Math.max(1, hi - lo), 1, 2.5);
  for (const it of items.values()) it.cross *= stretch;
  const along = (horizontal ? pane.width : pane.height) - 2 * MARGIN;
  const last = (mainPos[layerCount - 1] as number) + Math.max(...half.slice(-1), 0);
  const spread = clamp(along / Math.max(1, last + (half[0] ?? 0)), 1, 2.5);
  for (let l = 0; l < layerCount; l++) mainPos[l] = (mainPos[l] as number) * spread;

  yield;
  // Lines through a station take their lanes in the order they arrive from, so they do not
  // cross inside it.
  const expand = (a: string, b: string) => via.get(keyOf(a, b)) ?? [a, b];
  const chains = trunks.map(({ keys }) => {
    const chain: string[] = keys.slice(0, 1);
    for (let i = 1; i < keys.length; i++)
      chain.push(...expand(keys[i - 1] as string, keys[i] as string).slice(1));
    return chain;
  });
  // Ordered by where a line comes from, then by where it goes (at Now, where lines only leave).
  const order = new Map<string, number>();
  trunks.forEach(({ path }, t) => {
    const chain = chains[t] as string[];
    chain.forEach((key, i) => {
      const from = items.get(chain[i - 1] ?? key) as Item;
      const to = items.get(chain[i + 1] ?? key) as Item;
      order.set(`${key}\u0000${path.route.id}`, from.cross * 1000 + to.cross);
    });
  });
  for (const it of items.values())
    it.routes.sort(
      (a, b) => (order.get(`${it.key}\u0000${a}`) ?? 0) - (order.get(`${it.key}\u0000${b}`) ?? 0),
    );

  yield;
  // A map of one line would be a thin strip: it climbs gently towards its outcomes instead.
  const flat = hi - lo < 0.3 * across;
  if (flat && layerCount > 1) {
    const lift = 0.35 * across;
    const lastMain = mainPos[layerCount - 1] as number;
    for (const it of items.values())
      it.cross -= ((mainPos[it.layer] as number) / Math.max(1, lastMain) - 0.5) * lift;
  }

  const point = (main: number, cross: number): [number, number] =>
    horizontal ? [main, cross] : [cross, main];
  const stations: Station[] = [];
  for (const it of items.values()) {
    if (!it.node) continue;
    const [x, y] = point(mainPos[it.layer] as number, it.cross);
    stations.push({
      key: it.key,
      node: it.node,
      x,
      y,
      r: it.r,
      label: labels.get(it.key) as Station['label'],
      interchange: false,
    });
  }
  const laneOf = (key: string, route: string) => {
    const it = items.get(key) as Item;
    const i = it.routes.indexOf(route);
    return (i - (it.routes.length - 1) / 2) * LANE_GAP;
  };
  const polyline = (chain: string[], route: string) => {
    const out: [number, number][] = [];
    const owners: (string | null)[] = [];
    const add = (p: [number, number], owner: string | null) => {
      out.push(p);
      owners.push(owner);
    };
    chain.forEach((key, i) => {
      const it = items.get(key) as Item;
      const m = mainPos[it.layer] as number;
      const c = it.cross + laneOf(key, route);
      // Short straight stubs at stations keep lines level as they pass through, as on a transit map.
      const stub = it.node ? it.r + 4 : 0;
      const owner = it.node ? key : null;
      if (stub && i > 0) add(point(m - stub, c), owner);
      add(point(m, c), owner);
      if (stub && i < chain.length - 1) add(point(m + stub, c), owner);
    });
    return { out, owners };
  };
  yield;
  const lines: RouteLine[] = trunks.map(({ path, keys }, t) => {
    const route = path.route.id;
    const chain = chains[t] as string[];
    const last = keys[keys.length - 1] as string;
    const numbers = keys.slice(2).map((key, i) => {
      const it = items.get(key) as Item;
      // Where routes share a stone, their numbers stand a line apart, not on top of each other.
      const lane = it.routes.indexOf(route) - (it.routes.length - 1) / 2;
      const [x, y] = point((mainPos[it.layer] as number) - it.r - 9, it.cross + lane * 12 - 8);
      return { n: i + 1, key, x, y };
    });
    const trunk = polyline(chain, route);
    const branches = path.outcomes.map((o) => polyline(expand(last, o), route));
    return {
      route: path.route,
      trunk: trunk.out,
      trunkOwners: trunk.owners,
      branches: branches.map((b) => b.out),
      branchOwners: branches.map((b) => b.owners),
      numbers,
    };
  });
  yield;
  return assemble(orientation, stations, lines);
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Puts a layer's items as near their wanted positions as their order and sizes allow: a pass
 * each way, averaged, then pushed apart where they would still overlap.
 */
function placeInOrder(layer: Item[], want: number[]): void {
  const n = layer.length;
  if (n === 0) return;
  const gap = (i: number) => (layer[i - 1] as Item).after + (layer[i] as Item).before;
  const fwd = want.slice();
  for (let i = 1; i < n; i++) fwd[i] = Math.max(fwd[i] as number, (fwd[i - 1] as number) + gap(i));
  const back = want.slice();
  for (let i = n - 2; i >= 0; i--)
    back[i] = Math.min(back[i] as number, (back[i + 1] as number) - gap(i + 1));
  const pos = fwd.map((f, i) => (f + (back[i] as number)) / 2);
  for (let i = 1; i < n; i++) pos[i] = Math.max(pos[i] as number, (pos[i - 1] as number) + gap(i));
  layer.forEach((it, i) => (it.cross = pos[i] as number));
}

/**
 * Left to right, a wide label reaches over the next layer's column: where it would meet a
 * station or label there, the lower of the two (and what follows it in its layer) moves down.
 */
function separateNeighbours(
  layers: Item[][],
  mainPos: number[],
  labels: ReadonlyMap<string, Station['label']>,
): void {
  const boxes = (it: Item) => {
    const m = mainPos[it.layer] as number;
    const out = [{ x: m - it.r, y: it.cross - it.r, w: 2 * it.r, h: 2 * it.r }];
    const l = labels.get(it.key);
    if (l) {
      const d = labelOffset(it.r, l.side, false);
      const y = l.side === 'above' ? it.cross - d - l.height : it.cross + d;
      out.push({ x: m - l.width / 2, y, w: l.width, h: l.height });
    }
    return out;
  };
  const overlap = (a: Item, b: Item) => {
    let most = 0;
    for (const p of boxes(a))
      for (const q of boxes(b))
        if (p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h)
          most = Math.max(most, Math.min(p.y + p.h - q.y, q.y + q.h - p.y));
    return most;
  };
  for (let round = 0; round < 4; round++) {
    let moved = false;
    for (let l = 0; l + 1 < layers.length; l++) {
      const here = layers[l] as Item[];
      const next = layers[l + 1] as Item[];
      for (const a of here)
        for (const b of next) {
          if (!a.node || !b.node) continue;
          const by = overlap(a, b);
          if (by <= 0) continue;
          const [layer, lower] = b.cross >= a.cross ? [next, b] : [here, a];
          for (const it of layer.slice(layer.indexOf(lower))) it.cross += by + 2;
          moved = true;
        }
    }
    if (!moved) break;
  }
}
