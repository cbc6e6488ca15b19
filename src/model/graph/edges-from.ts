import type { Edge } from './graph';

/** The edges from `id`, found by halving: a graph's edges are sorted by `from`. */
export function edgesFrom(edges: readonly Edge[], id: string): Edge[] {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((edges[mid] as Edge).from < id) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < edges.length && (edges[end] as Edge).from === id) end++;
  return edges.slice(lo, end);
}
