import { curveCatmullRom, line, type Line } from 'd3-shape';
import type { Camera } from '../input/camera';
import { KIND_STYLES } from '../../model/outputs/map/kind-styles';
import {
  RINGS,
  type Geometry,
  type RouteLine,
  type Station,
} from '../../model/outputs/map/layout/geometry';
import type { MapKind } from '../../model/outputs/map/map-model';
import { labelNow, type PlacedLabel } from './label-placement';
import type { Scene } from '../../model/outputs/map/scene';
import type { Theme } from './theme';

/** What is emphasised right now; everything else is drawn faint while any of it is set. */
export interface Emphasis {
  /** Notes to show in full (hovered or focused note and its neighbours, a selected route's path). */
  nodes: ReadonlySet<string> | null;
  /** Routes to show in full. */
  routes: ReadonlySet<string> | null;
  /** The note with keyboard focus or hover: drawn with a ring. */
  focus: string | null;
  /** Search matches: drawn with a ring. */
  matches: ReadonlySet<string>;
}

const FAINT = 0.15;
const RESTING = 0.4;

/** A colour per route of the model, hidden ones too (the comparison lists them), by its place. */
export function routeColors(theme: Theme, routes: readonly { id: string }[]): Map<string, string> {
  return new Map(
    routes.map((r, i) => [r.id, theme.routes[i % theme.routes.length] ?? theme.accent]),
  );
}

/** Which part of the map to draw, and whether to clear the canvas first. */
export interface DrawPart {
  clear?: boolean;
  only?: ReadonlySet<string>;
  except?: ReadonlySet<string>;
}

export interface DrawInput {
  size: { width: number; height: number; ratio: number };
  scene: Scene;
  geometry: Geometry;
  camera: Camera;
  theme: Theme;
  colors: ReadonlyMap<string, string>;
  emphasis: Emphasis;
  labels: ReadonlyMap<string, PlacedLabel>;
  fontPx: number;
}

/**
 * Draws the map: links, route lines (side by side through shared stones, dashed when high
 * risk), stations by kind, step numbers, and the labels the placement kept, at a constant size
 * on screen. Everything of one style goes in one path: thousands of separate strokes are what
 * makes a canvas slow, not the number of shapes in a path.
 */
export function drawMap(ctx: CanvasRenderingContext2D, d: DrawInput, part: DrawPart = {}): void {
  const { size, camera, theme, colors, emphasis } = d;
  // The moving part of a frame is drawn from what touches it alone, not filtered out of the
  // whole map in every frame.
  const { geometry, links } = part.only
    ? touching(d.geometry, d.scene, part.only)
    : { geometry: d.geometry, links: d.scene.links };
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  if (part.clear !== false) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, size.width, size.height);
  }
  const keep = (key: string) => (part.only ? part.only.has(key) : !part.except?.has(key));
  // A link or line goes with its moving end: on top when either end moves, else underneath.
  const keepBetween = (keys: readonly (string | null)[]) => {
    const touched = (set?: ReadonlySet<string>) => keys.some((k) => k !== null && set?.has(k));
    return part.only ? touched(part.only) : !touched(part.except);
  };
  ctx.setTransform(
    size.ratio * camera.k,
    0,
    0,
    size.ratio * camera.k,
    size.ratio * camera.x,
    size.ratio * camera.y,
  );
  const px = (n: number) => n / camera.k;
  const lit = (id: string) => !emphasis.nodes || emphasis.nodes.has(id);
  const batches = new Batches(ctx);
  const view = new Viewport(camera, size);
  const first = (id: string) => geometry.byId.get(id)?.[0];

  // Links that are not route lines: a stone supporting an outcome, evidence, a missing note.
  for (const l of links) {
    const a = first(l.from);
    const b = first(l.to);
    if (!a || !b || !keepBetween([a.key, b.key]) || !view.seesLine(a.x, a.y, b.x, b.y)) continue;
    // A stone's support of an outcome and evidence's link to its note would fan across the
    // map: they show only while one of their notes is hovered, focused or selected.
    const shown = emphasis.nodes?.has(l.from) && emphasis.nodes.has(l.to);
    if (l.kind !== 'missing' && !shown) continue;
    const alpha = l.kind === 'evidence' ? 0.5 : 0.8;
    batches.line(`${l.kind === 'missing' ? 'missing' : 'link'}|${alpha}`, a.x, a.y, b.x, b.y);
  }
  ctx.lineCap = 'butt';
  batches.strokeAll((key) => {
    const [kind, alpha] = key.split('|');
    ctx.strokeStyle = kind === 'missing' ? theme.error : theme.faint;
    ctx.globalAlpha = Number(alpha);
    ctx.lineWidth = px(1);
    ctx.setLineDash(kind === 'missing' ? [px(4), px(3)] : []);
  });

  // Route lines: one path per route; high-risk routes dashed, resting ones faded.
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  for (const line of geometry.lines) {
    const r = line.route;
    const faint = emphasis.routes !== null && !emphasis.routes.has(r.id);
    // Decided once, by the model: the line rests exactly when its station does.
    const resting = r.resting;
    const key = `${r.id}|${faint ? 1 : 0}|${resting ? 1 : 0}|${r.risk === 'high' ? 1 : 0}`;
    const polys = [
      [line.trunk, line.trunkOwners] as const,
      ...line.branches.map((b, i) => [b, line.branchOwners[i] ?? []] as const),
    ];
    for (const [points, owners] of polys) if (keepBetween(owners)) batches.polyline(key, points);
  }
  batches.strokeAll((key) => {
    const [route, faint, resting, risky] = key.split('|');
    ctx.strokeStyle = colors.get(route ?? '') ?? theme.accent;
    ctx.globalAlpha = (faint === '1' ? FAINT : 1) * (resting === '1' ? RESTING : 1);
    ctx.lineWidth = px(3);
    ctx.setLineDash(risky === '1' ? [px(7), px(5)] : []);
  });
  ctx.setLineDash([]);

  // Resting notes are faded, as the model decided, and evidence dots until their note is lit.
  const faded = (s: Station) =>
    s.node.resting || (KIND_STYLES[s.node.kind].fadedUntilLit && !emphasis.nodes?.has(s.node.id));
  const visible = geometry.stations.filter(
    (s) => keep(s.key) && view.seesPoint(s.x, s.y, s.r + px(8)),
  );
  for (const pass of [false, true]) {
    // Faint notes first, lit ones on top; resting notes stay faded either way.
    for (const resting of [true, false]) {
      ctx.globalAlpha = (pass ? 1 : FAINT) * (resting ? RESTING : 1);
      const group = visible.filter((s) => lit(s.node.id) === pass && faded(s) === resting);
      if (group.length > 0) drawStations(ctx, group, theme, colors, px, batches);
    }
  }
  ctx.globalAlpha = 1;

  // Rings: keyboard focus or hover, and search matches.
  for (const s of visible) {
    if (emphasis.focus !== s.node.id && !emphasis.matches.has(s.node.id)) continue;
    batches.circle('ring', s.x, s.y, s.r + px(5));
  }
  batches.strokeAll(() => {
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = px(2.5);
  });

  // Text at a constant size on screen: step numbers, then labels. Each is set on a halo of the
  // background, as transit maps do, so a line that passes under a label does not cross it out.
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.strokeStyle = theme.background;
  ctx.lineWidth = 4;
  ctx.lineJoin = 'round';
  const text = (t: string, x: number, y: number) => {
    ctx.strokeText(t, x, y);
    ctx.fillText(t, x, y);
  };
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.font = `600 ${Math.max(10, d.fontPx - 2)}px ${theme.fontFamily}`;
  for (const line of geometry.lines) {
    const faint = emphasis.routes !== null && !emphasis.routes.has(line.route.id);
    ctx.globalAlpha = faint ? FAINT : 1;
    ctx.fillStyle = colors.get(line.route.id) ?? theme.accent;
    for (const n of line.numbers) {
      if (!keep(n.key)) continue;
      const x = n.x * camera.k + camera.x;
      const y = n.y * camera.k + camera.y;
      if (x > -20 && y > -20 && x < size.width + 20 && y < size.height + 20)
        text(String(n.n), x, y);
    }
  }
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const lineHeight = Math.round(d.fontPx * 1.25);
  const pad = (lineHeight - d.fontPx) / 2;
  ctx.font = `${d.fontPx}px ${theme.fontFamily}`;
  for (const s of visible) {
    const placed = d.labels.get(s.key);
    if (!placed) continue;
    const box = labelNow(placed, s, camera);
    ctx.globalAlpha = (lit(s.node.id) ? 1 : FAINT) * (s.node.resting ? RESTING + 0.2 : 1);
    const centred = box.side === 'below' || box.side === 'above';
    ctx.textAlign = centred ? 'center' : box.side === 'left' ? 'right' : 'left';
    const x = centred ? box.x + box.width / 2 : box.side === 'left' ? box.x + box.width : box.x;
    ctx.fillStyle = theme[KIND_STYLES[s.node.kind].ink];
    box.lines.forEach((t, i) => text(t, x, box.y + pad + i * lineHeight));
    if (s.label.meta) {
      ctx.fillStyle = theme.muted;
      text(s.label.meta, x, box.y + pad + box.lines.length * lineHeight);
    }
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'left';
}

/** The stations, lines and links that touch a set of stations: what `part.only` draws. */
interface Touching {
  geometry: Geometry;
  links: Scene['links'];
}

/** The last `touching` of each drawing: a drag asks for the same stations in every frame. */
const touched = new WeakMap<
  Geometry,
  { scene: Scene; only: ReadonlySet<string>; part: Touching }
>();

/**
 * The stations in `only`, the lines through them (only their polylines that pass a station of
 * `only`, and its step numbers) and the links to them, in the drawing's order, so that drawing
 * them gives the same pixels as filtering the whole map. Their station and point objects are
 * the drawing's own: a station dragged moves them in place and the part stays valid.
 */
function touching(g: Geometry, scene: Scene, only: ReadonlySet<string>): Touching {
  const known = touched.get(g);
  if (known?.scene === scene && known.only === only) return known.part;
  const has = (owners: readonly (string | null)[] = []) =>
    owners.some((k) => k !== null && only.has(k));
  const lines: RouteLine[] = [];
  for (const l of g.lines) {
    const trunk = has(l.trunkOwners);
    const kept = l.branches.flatMap((_, i) => (has(l.branchOwners[i]) ? [i] : []));
    const numbers = l.numbers.filter((n) => only.has(n.key));
    if (!trunk && kept.length === 0 && numbers.length === 0) continue;
    lines.push({
      ...l,
      trunk: trunk ? l.trunk : [],
      trunkOwners: trunk ? l.trunkOwners : [],
      branches: kept.map((i) => l.branches[i] ?? []),
      branchOwners: kept.map((i) => l.branchOwners[i] ?? []),
      numbers,
    });
  }
  const key = (id: string) => g.byId.get(id)?.[0]?.key ?? '';
  const part = {
    geometry: { ...g, stations: g.stations.filter((s) => only.has(s.key)), lines },
    links: scene.links.filter((l) => only.has(key(l.from)) || only.has(key(l.to))),
  };
  touched.set(g, { scene, only, part });
  return part;
}

/** The part of the world on screen: what lies outside is not drawn at all. */
class Viewport {
  private readonly x0: number;
  private readonly y0: number;
  private readonly x1: number;
  private readonly y1: number;
  constructor(camera: Camera, size: { width: number; height: number }) {
    this.x0 = (-camera.x - 20) / camera.k;
    this.y0 = (-camera.y - 20) / camera.k;
    this.x1 = (size.width - camera.x + 20) / camera.k;
    this.y1 = (size.height - camera.y + 20) / camera.k;
  }

  seesPoint(x: number, y: number, r: number): boolean {
    return x + r >= this.x0 && x - r <= this.x1 && y + r >= this.y0 && y - r <= this.y1;
  }

  /** Whether the segment's bounding box meets the view (cheap, and enough to cull). */
  seesLine(ax: number, ay: number, bx: number, by: number): boolean {
    return (
      Math.max(ax, bx) >= this.x0 &&
      Math.min(ax, bx) <= this.x1 &&
      Math.max(ay, by) >= this.y0 &&
      Math.min(ay, by) <= this.y1
    );
  }
}

type Points = readonly (readonly [number, number])[];

/** d3-shape's line through every point, with rounded corners; made when a map first draws. */
let routeLine: Line<readonly [number, number]> | null = null;

/**
 * Route lines turn through rounded corners, as on a transit map: d3-shape's centripetal
 * Catmull-Rom curve passes through every point (a line still meets each of its stations, level
 * through its stubs) and never loops or overshoots into a cusp.
 */
function roundedLine(): Line<readonly [number, number]> {
  routeLine ??= line<readonly [number, number]>().curve(curveCatmullRom.alpha(0.5));
  return routeLine;
}

/** Paths collected by style key, drawn with one stroke or fill per key. */
class Batches {
  private paths = new Map<string, Path2D>();
  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  private path(key: string): Path2D {
    let p = this.paths.get(key);
    if (!p) this.paths.set(key, (p = new Path2D()));
    return p;
  }

  line(key: string, x1: number, y1: number, x2: number, y2: number): void {
    const p = this.path(key);
    p.moveTo(x1, y1);
    p.lineTo(x2, y2);
  }

  /** A route's line through its points, into the route's one path (a Path2D draws as a context does). */
  polyline(key: string, points: Points): void {
    roundedLine().context(this.path(key) as unknown as CanvasRenderingContext2D)(points);
  }

  circle(key: string, x: number, y: number, r: number, from = 0, to = Math.PI * 2): void {
    const p = this.path(key);
    p.moveTo(x + r * Math.cos(from), y + r * Math.sin(from));
    p.arc(x, y, r, from, to);
  }

  rect(key: string, x: number, y: number, w: number, h: number): void {
    this.path(key).rect(x, y, w, h);
  }

  /** Strokes every collected path after `style(key)` sets the style, and forgets them. */
  strokeAll(style: (key: string) => void): void {
    for (const [key, p] of this.paths) {
      style(key);
      this.ctx.stroke(p);
    }
    this.paths.clear();
  }

  fillAll(style: (key: string) => void): void {
    for (const [key, p] of this.paths) {
      style(key);
      this.ctx.fill(p);
    }
    this.paths.clear();
  }
}

/**
 * Station shapes by kind: Now a filled disc; an outcome a square (filled once reached, faint once
 * released); a stepping stone a circle, hollow when planned, half full while building, full
 * with a tick when done, ringed twice when it is an interchange; a route a dot in its colour; a
 * missing note a dashed circle; evidence a small dot coloured by signal. Stale notes get a ring
 * in the warning colour.
 */
function drawStations(
  ctx: CanvasRenderingContext2D,
  stations: Station[],
  theme: Theme,
  colors: ReadonlyMap<string, string>,
  px: (n: number) => number,
  b: Batches,
): void {
  const alpha = ctx.globalAlpha;
  for (const s of stations) {
    const { x, y, r } = s;
    const n = s.node;
    switch (n.kind) {
      case 'now':
        b.circle(theme.text, x, y, r);
        break;
      case 'outcome':
        b.rect(
          n.status === 'reached' ? theme.success : theme.background,
          x - r,
          y - r,
          2 * r,
          2 * r,
        );
        break;
      case 'route':
        b.circle(colors.get(n.id) ?? theme.accent, x, y, r);
        break;
      case 'evidence':
        b.circle(
          n.status === 'setback' ? theme.warning : n.status === 'win' ? theme.success : theme.faint,
          x,
          y,
          r,
        );
        break;
      default:
        b.circle(theme.background, x, y, r);
    }
  }
  b.fillAll((key) => {
    ctx.fillStyle = key;
  });
  for (const s of stations) {
    const { x, y, r } = s;
    const n = s.node;
    if (n.kind === 'outcome')
      b.rect(n.status === 'released' ? 'faint' : 'text', x - r, y - r, 2 * r, 2 * r);
    else if (n.kind === 'skill') b.circle('text', x, y, r);
    if (s.interchange) b.circle('text', x, y, r + px(RINGS.interchange));
    if (n.stale)
      b.circle('stale', x, y, r + px(s.interchange ? RINGS.staleOnInterchange : RINGS.stale));
  }
  b.strokeAll((key) => {
    ctx.lineWidth = px(key === 'stale' ? RINGS.staleWidth : 2);
    ctx.strokeStyle = key === 'faint' ? theme.faint : key === 'stale' ? theme.warning : theme.text;
  });
  // Dashed outlines (a missing note's), one path per kind.
  for (const s of stations)
    if (KIND_STYLES[s.node.kind].outlineDash.length > 0) b.circle(s.node.kind, s.x, s.y, s.r);
  b.strokeAll((kind) => {
    const style = KIND_STYLES[kind as MapKind];
    ctx.lineWidth = px(2);
    ctx.strokeStyle = theme[style.ink];
    ctx.setLineDash(style.outlineDash.map(px));
  });
  ctx.setLineDash([]);
  // Progress of stepping stones: half for building, full with a tick for done.
  for (const s of stations) {
    const n = s.node;
    if (n.kind !== 'skill' || (n.status !== 'building' && n.status !== 'done')) continue;
    // A pixel inside the outline, but never less than half the station: zoomed far out a pixel
    // is wider than the whole station, and a negative radius throws.
    const inner = Math.max(s.r / 2, s.r - px(1));
    if (n.status === 'building') b.circle('fill', s.x, s.y, inner, Math.PI / 2, (3 * Math.PI) / 2);
    else b.circle('fill', s.x, s.y, inner);
  }
  b.fillAll(() => {
    ctx.fillStyle = theme.text;
  });
  for (const s of stations) {
    if (s.node.kind !== 'skill' || s.node.status !== 'done') continue;
    const { x, y, r } = s;
    b.line('tick', x - r / 2, y, x - r / 8, y + r / 2.5);
    b.line('tick', x - r / 8, y + r / 2.5, x + r / 2, y - r / 2.5);
  }
  b.strokeAll(() => {
    ctx.strokeStyle = theme.background;
    ctx.lineWidth = px(2);
  });
  ctx.globalAlpha = alpha;
}
