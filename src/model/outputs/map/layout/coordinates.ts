import { labelOffset, type Station } from './geometry';
import { append, clamp, type Item, type LayeredGraph } from './layered-graph';
import { GAP, MARGIN } from './sizes';

/** Where the layers stand along the main axis, and how far the drawing reaches across. */
export interface Coordinates {
  mainPos: number[];
  /** The drawing's extent across the layers, before it was stretched. */
  lo: number;
  hi: number;
  /** The room across the pane. */
  across: number;
}

/**
 * Positions: layers along the main axis far enough apart for their labels; within a layer,
 * centred packing pulled towards each item's neighbours; then spread out to fill the pane.
 */
export function* coordinates(
  g: LayeredGraph,
  layers: Item[][],
  labels: ReadonlyMap<string, Station['label']>,
  pane: { width: number; height: number },
  horizontal: boolean,
): Generator<void, Coordinates, void> {
  const { items, edges, layerCount, small } = g;
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

  for (const layer of layers) {
    let c = 0;
    layer.forEach((it, i) => {
      c += i === 0 ? it.before : (layer[i - 1] as Item).after + it.before;
      it.cross = c;
    });
    const mid = c / 2;
    for (const it of layer) it.cross -= mid;
  }
  yield;
  const neighbours = new Map<string, [string, number][]>();
  for (const [a, b, w] of edges) {
    append(neighbours, a, [b, w]);
    append(neighbours, b, [a, w]);
  }
  yield;
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
      beside(layer, want, neighbours);
      placeInOrder(layer, want);
    }
    yield;
  }

  // Pairwise across layers: for the maps whose labels are read at all, not for thousands of notes.
  if (horizontal && small) {
    separateNeighbours(layers, mainPos, labels);
    yield;
  }

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
  return { mainPos, lo, hi, across };
}

/** A map of one line would be a thin strip: it climbs gently towards its outcomes instead. */
export function climb(g: LayeredGraph, c: Coordinates): void {
  const { mainPos, lo, hi, across } = c;
  const flat = hi - lo < 0.3 * across;
  if (!flat || g.layerCount <= 1) return;
  const lift = 0.35 * across;
  const lastMain = mainPos[g.layerCount - 1] as number;
  for (const it of g.items.values())
    it.cross -= ((mainPos[it.layer] as number) / Math.max(1, lastMain) - 0.5) * lift;
}

/**
 * An outcome linked with nothing shown (reached by no route, supported by no stone) has no
 * place to be pulled to: it stands beside the outcome before it in its layer (or after, when it
 * comes first), so it stays among the others rather than where the first packing left it.
 */
function beside(layer: Item[], want: number[], neighbours: ReadonlyMap<string, unknown>): void {
  const loose = layer.map((it) => it.node?.kind === 'outcome' && !neighbours.has(it.key));
  if (!loose.includes(true) || !loose.includes(false)) return;
  const gap = (i: number) => (layer[i - 1] as Item).after + (layer[i] as Item).before;
  for (let i = 1; i < layer.length; i++)
    if (loose[i] && !loose[i - 1]) {
      for (let j = i; j < layer.length && loose[j]; j++) {
        want[j] = (want[j - 1] as number) + gap(j);
        loose[j] = false;
      }
    }
  for (let i = layer.length - 1; i >= 0; i--)
    if (loose[i]) want[i] = (want[i + 1] as number) - gap(i + 1);
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
  // Until nothing overlaps: a push can make a new overlap further on (four rounds left a stone's
  // label with no room once a paused route was drawn); the cap only bounds a pathological map.
  for (let round = 0; round < 16; round++) {
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
