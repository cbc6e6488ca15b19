import type { Graph } from '../graph/graph';
import { cmp } from '../problem';

export interface Point {
  x: number;
  y: number;
}

/** The id of the single origin node every route starts from. */
export const NOW_ID = '__now__';

export const COLUMN_GAP = 360;
export const ROW_GAP = 110;

/**
 * A left-to-right layered layout: Now in column 0, each stepping stone in the column of its
 * deepest step position, outcomes in the last column, rows sorted by id and centred. Used as
 * the starting point of the view's layout and for canvas export without saved positions.
 */
export function layeredLayout(graph: Graph): Map<string, Point> {
  const depth = new Map<string, number>();
  let deepest = 0;
  for (const e of graph.edges) {
    if (e.kind !== 'step') continue;
    const d = Math.max(depth.get(e.to) ?? 0, e.order ?? 1);
    depth.set(e.to, d);
    deepest = Math.max(deepest, d);
  }
  const columns = new Map<number, string[]>([[0, [NOW_ID]]]);
  const place = (id: string, column: number) => {
    const list = columns.get(column);
    if (list) list.push(id);
    else columns.set(column, [id]);
  };
  const last = deepest + 1;
  for (const n of graph.nodes) {
    if (n.kind === 'outcome') place(n.id, last + 1);
    else if (n.kind === 'skill') place(n.id, depth.get(n.id) ?? 1);
    else place(n.id, 0.5); // routes sit beside Now: they are where a path starts
  }
  const positions = new Map<string, Point>();
  for (const [column, ids] of columns) {
    ids.sort((a, b) => (a === NOW_ID ? -1 : b === NOW_ID ? 1 : cmp(a, b)));
    ids.forEach((id, row) => {
      positions.set(id, { x: column * COLUMN_GAP, y: (row - (ids.length - 1) / 2) * ROW_GAP });
    });
  }
  return positions;
}
