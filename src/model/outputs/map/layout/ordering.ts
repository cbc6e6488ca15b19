import { append, type Item, type LayeredGraph } from './layered-graph';

const SWEEPS = 12;

/**
 * Orders each layer to reduce crossings: barycentre sweeps down and up, keeping the order with
 * the fewest crossings (small maps; large ones take the last sweep's). Returns the layers in
 * order, each item's `order` its place in its layer.
 */
export function* ordering(g: LayeredGraph): Generator<void, Item[][], void> {
  const { items, edges, layerCount, small } = g;
  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  for (const it of items.values()) layers[it.layer]?.push(it);
  const down = new Map<string, [string, number][]>();
  const up = new Map<string, [string, number][]>();
  for (const [a, b, w] of edges) {
    append(down, b, [a, w]);
    append(up, a, [b, w]);
  }
  // An outcome linked with nothing shown has no side to be on: it comes after the others.
  const loose = (it: Item) => it.node?.kind === 'outcome' && !down.has(it.key) && !up.has(it.key);
  const last = (it: Item) => (loose(it) ? 1 : 0);
  for (const l of layers)
    l.sort((a, b) => last(a) - last(b) || a.order - b.order).forEach((it, i) => (it.order = i));
  yield;
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
        bary.set(it.key, weight > 0 ? sum / weight : loose(it) ? Infinity : it.order);
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
  return layers;
}
