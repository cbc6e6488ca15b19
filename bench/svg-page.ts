// A peer for the benchmark: the same graph drawn as SVG with d3-selection, the way many graph
// views are built. Zoom and drag change the DOM each frame, as such views do.
import { select } from 'd3-selection';

interface BenchGraph {
  nodes: { id: string; title: string; x: number; y: number; kind: string }[];
  edges: { from: string; to: string; color: string }[];
}

declare global {
  interface Window {
    benchGraph: BenchGraph;
    svgView: {
      zoom(k: number, cx: number, cy: number): void;
      drag(id: string, x: number, y: number): void;
    };
  }
}

const graph = window.benchGraph;
const width = window.innerWidth;
const height = window.innerHeight;
const svg = select('body').append('svg').attr('width', width).attr('height', height);
const g = svg.append('g');
const byId = new Map(graph.nodes.map((n) => [n.id, { ...n }]));
const lines = g
  .selectAll('line')
  .data(graph.edges)
  .join('line')
  .attr('stroke', (d) => d.color)
  .attr('stroke-width', 3)
  .attr('x1', (d) => byId.get(d.from)?.x ?? 0)
  .attr('y1', (d) => byId.get(d.from)?.y ?? 0)
  .attr('x2', (d) => byId.get(d.to)?.x ?? 0)
  .attr('y2', (d) => byId.get(d.to)?.y ?? 0);
const nodes = g
  .selectAll('g.node')
  .data([...byId.values()])
  .join('g')
  .attr('class', 'node')
  .attr('transform', (d) => `translate(${d.x},${d.y})`);
nodes
  .append('circle')
  .attr('r', 10)
  .attr('fill', '#fff')
  .attr('stroke', '#222')
  .attr('stroke-width', 2);
nodes
  .append('text')
  .attr('x', 14)
  .attr('dy', '0.35em')
  .attr('font-size', 12)
  .text((d) => d.title);

let k = 1;
let tx = 0;
let ty = 0;
window.svgView = {
  zoom(f, cx, cy) {
    const wx = (cx - tx) / k;
    const wy = (cy - ty) / k;
    k *= f;
    tx = cx - wx * k;
    ty = cy - wy * k;
    g.attr('transform', `translate(${tx},${ty}) scale(${k})`);
  },
  drag(id, x, y) {
    const n = byId.get(id);
    if (!n) return;
    n.x = x;
    n.y = y;
    nodes.filter((d) => d.id === id).attr('transform', `translate(${x},${y})`);
    lines
      .filter((d) => d.from === id || d.to === id)
      .attr('x1', (d) => byId.get(d.from)?.x ?? 0)
      .attr('y1', (d) => byId.get(d.from)?.y ?? 0)
      .attr('x2', (d) => byId.get(d.to)?.x ?? 0)
      .attr('y2', (d) => byId.get(d.to)?.y ?? 0);
  },
};
