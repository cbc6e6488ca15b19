// The legibility targets of SPEC §5, computed from what `window.workModelMap.inspect()` says
// is drawn: label sizes, overlaps, lines through notes, step order, crossings, coverage.

type Pt = [number, number];

export interface InspectedNode {
  id: string;
  kind: string;
  title: string;
  x: number;
  y: number;
  r: number;
  hit: number;
  /** Drawn faded: a resting note. */
  resting: boolean;
  label: {
    text: string;
    x: number;
    y: number;
    width: number;
    height: number;
    fontPx: number;
  } | null;
}

export interface InspectedRoute {
  id: string;
  title: string;
  color: string;
  steps: string[];
  /** Drawn faded: a resting route. */
  resting: boolean;
  points: Pt[];
  branches: Pt[][];
  /** Step numbers where they are drawn, in CSS pixels, each with the note of its step. */
  numbers: { n: number; step: string; x: number; y: number }[];
}

export interface MapState {
  canvas: { width: number; height: number };
  layout: 'horizontal' | 'vertical' | 'strips';
  nodes: InspectedNode[];
  routes: InspectedRoute[];
}

export interface Targets {
  /** Smallest label font, in px, of the labels shown. */
  labelPx: number;
  /** Labels of outcomes, stones, routes and Now that are not shown. */
  labelsHidden: string[];
  /** Labels overlapping another label or a node. */
  overlaps: string[];
  /** Route lines passing through a node that is not on them. */
  linesThroughNodes: string[];
  /** Routes whose steps are not in order along the main axis. */
  outOfOrder: string[];
  crossings: number;
  /** Drawing (nodes and labels) ÷ canvas. */
  coverage: number;
  /** Smallest tap target diameter, in px. */
  tapPx: number;
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;
const nodeBox = (n: InspectedNode): Box => ({
  x: n.x - n.r,
  y: n.y - n.r,
  width: 2 * n.r,
  height: 2 * n.r,
});

/** Distance from point p to the segment ab. */
function distance(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len = dx * dx + dy * dy;
  const t =
    len === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function crosses(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
  const o = (p: Pt, q: Pt, r: Pt) => (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  const d1 = o(c, d, a);
  const d2 = o(c, d, b);
  const d3 = o(a, b, c);
  const d4 = o(a, b, d);
  const eps = 1e-6;
  return (
    ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) &&
    ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))
  );
}

const segments = (points: Pt[]): [Pt, Pt][] => points.slice(1).map((p, i) => [points[i] as Pt, p]);

export function measureTargets(s: MapState): Targets {
  const main = s.layout === 'horizontal' ? 0 : 1;
  const labelled = s.nodes.filter((n) => n.kind !== 'evidence');
  const shown = s.nodes.filter((n) => n.label);
  const overlaps = new Set<string>();
  for (let i = 0; i < shown.length; i++) {
    const a = shown[i] as InspectedNode;
    const la = a.label as Box;
    for (let j = i + 1; j < shown.length; j++) {
      const b = shown[j] as InspectedNode;
      if (overlap(la, b.label as Box)) overlaps.add(`${a.title} × ${b.title}`);
    }
    for (const n of s.nodes)
      if (n !== a && overlap(la, nodeBox(n))) overlaps.add(`${a.title} × node ${n.title}`);
  }
  const through = new Set<string>();
  let crossings = 0;
  const routeSegments = s.routes.map((r) => [
    ...segments(r.points),
    ...r.branches.flatMap(segments),
  ]);
  s.routes.forEach((r, i) => {
    const vertices = [...r.points, ...r.branches.flat()];
    const on = (n: InspectedNode) =>
      vertices.some((v) => Math.hypot(v[0] - n.x, v[1] - n.y) <= n.r + 1);
    for (const n of s.nodes) {
      if (on(n)) continue;
      if ((routeSegments[i] ?? []).some(([a, b]) => distance([n.x, n.y], a, b) < n.r - 0.5))
        through.add(`${r.title} through ${n.title}`);
    }
    for (let j = i + 1; j < s.routes.length; j++)
      for (const [a, b] of routeSegments[i] ?? [])
        for (const [c, d] of routeSegments[j] ?? []) if (crosses(a, b, c, d)) crossings++;
  });
  const outOfOrder = s.routes
    .filter((r) => {
      const all = [r.points, ...r.branches];
      if (all.some((pts) => segments(pts).some(([a, b]) => b[main] < a[main] - 0.5))) return true;
      // Each step is a station on the trunk, after the one before it.
      let at = 0;
      for (const id of r.steps) {
        const stations = s.nodes.filter((n) => n.id === id);
        const found = r.points.findIndex(
          (p, i) => i >= at && stations.some((n) => Math.hypot(p[0] - n.x, p[1] - n.y) <= n.r + 1),
        );
        if (found < 0) return true;
        at = found + 1;
      }
      return false;
    })
    .map((r) => r.title);
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of [...s.nodes.map(nodeBox), ...shown.map((n) => n.label as Box)]) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  const w = Math.max(0, Math.min(x1, s.canvas.width) - Math.max(x0, 0));
  const h = Math.max(0, Math.min(y1, s.canvas.height) - Math.max(y0, 0));
  return {
    labelPx: Math.min(...shown.map((n) => n.label?.fontPx ?? Infinity)),
    labelsHidden: labelled.filter((n) => !n.label).map((n) => n.title),
    overlaps: [...overlaps],
    linesThroughNodes: [...through],
    outOfOrder,
    crossings,
    coverage: (w * h) / (s.canvas.width * s.canvas.height),
    tapPx: Math.min(...s.nodes.map((n) => 2 * n.hit)),
  };
}
