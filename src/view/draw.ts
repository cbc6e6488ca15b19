import type { Camera } from './camera';
import type { MapLayout } from './layout';
import type { Scene, SceneNode } from './scene';
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

const LANE_GAP = 4;
const FAINT = 0.15;
const MAX_LABEL = 28;

/** Labels of long names end in an ellipsis; right-to-left and emoji names draw as they are. */
export function shortLabel(title: string): string {
  const chars = [...title];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : title;
}

/** A colour per visible route, stable for the route's place in the model. */
export function routeColors(
  scene: Scene,
  theme: Theme,
  allRouteIds: readonly string[],
): Map<string, string> {
  return new Map(
    scene.routes.map((r) => [
      r.id,
      theme.routes[allRouteIds.indexOf(r.id) % theme.routes.length] ?? theme.accent,
    ]),
  );
}

/** Which part of the map to draw, and whether to clear the canvas first. */
export interface DrawPart {
  clear?: boolean;
  only?: ReadonlySet<string>;
  except?: ReadonlySet<string>;
}

export function drawMap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; ratio: number },
  scene: Scene,
  layout: MapLayout,
  camera: Camera,
  theme: Theme,
  colors: ReadonlyMap<string, string>,
  emphasis: Emphasis,
  part: DrawPart = {},
): void {
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.globalAlpha = 1;
  if (part.clear !== false) {
    ctx.fillStyle = theme.background;
    ctx.fillRect(0, 0, size.width, size.height);
  }
  // A part of the map: all but some notes (a background), or only some notes (on top of it).
  const keepNode = (id: string) => (part.only ? part.only.has(id) : !part.except?.has(id));
  const keepLine = (a: string, b: string) =>
    part.only
      ? part.only.has(a) || part.only.has(b)
      : !(part.except?.has(a) || part.except?.has(b));
  ctx.setTransform(
    size.ratio * camera.k,
    0,
    0,
    size.ratio * camera.k,
    size.ratio * camera.x,
    size.ratio * camera.y,
  );
  const lineWidth = (px: number) => px / Math.max(camera.k, 0.35);
  const lit = (id: string) => !emphasis.nodes || emphasis.nodes.has(id);
  // Everything is drawn in batches, one path per style: thousands of separate strokes are
  // what makes a canvas slow, not the number of shapes in a path.
  const batches = new Batches(ctx);
  const view = new Viewport(camera, size);

  for (const l of scene.links) {
    if (!keepLine(l.from, l.to)) continue;
    const a = layout.nodes.get(l.from);
    const b = layout.nodes.get(l.to);
    if (!a || !b || !view.seesLine(a.x, a.y, b.x, b.y)) continue;
    const on = lit(l.from) && lit(l.to);
    // Supports links matter on hover; otherwise they would cover the routes with a web.
    const quiet =
      l.kind === 'supports' && !(emphasis.nodes?.has(l.from) && emphasis.nodes.has(l.to));
    const alpha = (on ? 1 : FAINT) * (quiet ? 0.18 : l.kind === 'evidence' ? 0.5 : 0.8);
    batches.line(
      `${l.kind === 'missing' ? theme.error : theme.faint}|${alpha}`,
      a.x,
      a.y,
      b.x,
      b.y,
    );
  }
  ctx.lineCap = 'butt';
  batches.strokeAll((key) => {
    const [color, alpha] = key.split('|');
    ctx.strokeStyle = color ?? theme.faint;
    ctx.globalAlpha = Number(alpha);
    ctx.lineWidth = lineWidth(1);
  });

  // Route lines, side by side where routes share a piece, like lines on a transit map. No
  // dashes anywhere: dashed strokes cost more to draw than everything else together.
  ctx.lineCap = 'round';
  const status = new Map(scene.routes.map((r) => [r.id, r.status]));
  for (const s of scene.segments) {
    if (!keepLine(s.from, s.to)) continue;
    const a = layout.nodes.get(s.from);
    const b = layout.nodes.get(s.to);
    if (!a || !b || !view.seesLine(a.x, a.y, b.x, b.y)) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const off = (s.lane - (s.lanes - 1) / 2) * lineWidth(LANE_GAP);
    const ox = (-dy / len) * off;
    const oy = (dx / len) * off;
    const faint = emphasis.routes !== null && !emphasis.routes.has(s.route);
    // Paused and dropped routes (when shown) are drawn thin and see-through.
    const paused = status.get(s.route) === 'paused' || status.get(s.route) === 'dropped';
    batches.line(
      `${s.route}|${faint ? 1 : 0}|${paused ? 1 : 0}`,
      a.x + ox,
      a.y + oy,
      b.x + ox,
      b.y + oy,
    );
  }
  batches.strokeAll((key) => {
    const [route, faint, paused] = key.split('|');
    ctx.strokeStyle = colors.get(route ?? '') ?? theme.accent;
    ctx.globalAlpha = (faint === '1' ? FAINT : 1) * (paused === '1' ? 0.45 : 1);
    ctx.lineWidth = lineWidth(paused === '1' ? 1.5 : 3);
  });

  const visible = scene.nodes.filter((n) => {
    if (!keepNode(n.id)) return false;
    const p = layout.nodes.get(n.id);
    return p !== undefined && view.seesPoint(p.x, p.y, p.radius + 8);
  });
  for (const pass of [false, true]) {
    // Faint notes first, lit ones on top.
    ctx.globalAlpha = pass ? 1 : FAINT;
    const nodes = visible.filter((n) => lit(n.id) === pass);
    if (nodes.length > 0) drawNodes(ctx, nodes, layout, theme, colors, lineWidth, batches);
  }
  ctx.globalAlpha = 1;

  // Rings: keyboard focus or hover, and search matches.
  for (const n of visible) {
    if (emphasis.focus !== n.id && !emphasis.matches.has(n.id)) continue;
    const p = layout.nodes.get(n.id);
    if (p) batches.circle('ring', p.x, p.y, p.radius + lineWidth(5));
  }
  batches.strokeAll(() => {
    ctx.strokeStyle = theme.accent;
    ctx.lineWidth = lineWidth(2.5);
  });

  // Labels: always for small maps, when zoomed in for large ones, and for emphasised notes.
  const allLabels = camera.k > 0.45 && (scene.nodes.length <= 400 || camera.k > 0.9);
  ctx.font = theme.font;
  ctx.textBaseline = 'middle';
  for (const n of scene.nodes) {
    if (
      n.kind === 'evidence' ||
      !(allLabels || scene.nodes.length <= 150 || emphasis.nodes?.has(n.id))
    )
      continue;
    const p = layout.nodes.get(n.id);
    if (!p) continue;
    ctx.globalAlpha = lit(n.id) ? 1 : FAINT;
    ctx.fillStyle =
      n.kind === 'ghost' ? theme.error : n.kind === 'route' ? theme.muted : theme.text;
    ctx.textAlign = n.kind === 'now' ? 'right' : 'left';
    const dx = n.kind === 'now' ? -(p.radius + 6) : p.radius + 6;
    ctx.fillText(shortLabel(n.title), p.x + dx, p.y);
  }
  ctx.globalAlpha = 1;
}

/** The part of the world on screen: what lies outside is not drawn at all. */
class Viewport {
  private readonly x0: number;
  private readonly y0: number;
  private readonly x1: number;
  private readonly y1: number;
  constructor(camera: Camera, size: { width: number; height: number }) {
    // Labels reach to the right of their node: keep a margin on the left.
    this.x0 = (-camera.x - 220) / camera.k;
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
 * Node shapes by kind: Now a filled disc; an outcome a square (filled once reached, faint once
 * released); a stepping stone a circle, hollow when planned, half full while building, full
 * with a tick when done; a route a dot in its colour; a ghost a dashed circle; evidence a small
 * dot coloured by signal. Stale notes get a thin ring in the warning colour.
 */
function drawNodes(
  ctx: CanvasRenderingContext2D,
  nodes: SceneNode[],
  layout: MapLayout,
  theme: Theme,
  colors: ReadonlyMap<string, string>,
  lineWidth: (px: number) => number,
  b: Batches,
): void {
  const alpha = ctx.globalAlpha;
  const fills: [string, string][] = [];
  const fillKey = (color: string) => {
    if (!fills.some(([c]) => c === color)) fills.push([color, color]);
    return color;
  };
  // Backgrounds and solid fills.
  for (const n of nodes) {
    const p = layout.nodes.get(n.id);
    if (!p) continue;
    const r = p.radius;
    switch (n.kind) {
      case 'now':
        b.circle(fillKey(theme.text), p.x, p.y, r);
        break;
      case 'outcome':
        b.rect(
          fillKey(n.status === 'reached' ? theme.success : theme.background),
          p.x - r,
          p.y - r,
          2 * r,
          2 * r,
        );
        break;
      case 'route':
        b.circle(fillKey(colors.get(n.id) ?? theme.accent), p.x, p.y, r);
        break;
      case 'evidence':
        b.circle(
          fillKey(
            n.status === 'setback'
              ? theme.warning
              : n.status === 'win'
                ? theme.success
                : theme.faint,
          ),
          p.x,
          p.y,
          r,
        );
        break;
      case 'skill':
      case 'ghost':
        b.circle(fillKey(theme.background), p.x, p.y, r);
        break;
    }
  }
  b.fillAll((key) => {
    ctx.fillStyle = key;
  });
  // Outlines.
  for (const n of nodes) {
    const p = layout.nodes.get(n.id);
    if (!p) continue;
    const r = p.radius;
    if (n.kind === 'outcome')
      b.rect(n.status === 'released' ? 'faint' : 'text', p.x - r, p.y - r, 2 * r, 2 * r);
    else if (n.kind === 'skill') b.circle('text', p.x, p.y, r);
    else if (n.kind === 'ghost') b.circle('ghost', p.x, p.y, r);
    if (n.stale) b.circle('stale', p.x, p.y, r + lineWidth(4));
  }
  b.strokeAll((key) => {
    ctx.lineWidth = lineWidth(key === 'stale' ? 1.5 : 2);
    ctx.strokeStyle =
      key === 'faint'
        ? theme.faint
        : key === 'ghost'
          ? theme.error
          : key === 'stale'
            ? theme.warning
            : theme.text;
  });
  // Progress of stepping stones: half for building, full with a tick for done.
  for (const n of nodes) {
    if (n.kind !== 'skill' || (n.status !== 'building' && n.status !== 'done')) continue;
    const p = layout.nodes.get(n.id);
    if (!p) continue;
    const inner = p.radius - lineWidth(1);
    if (n.status === 'building') b.circle('fill', p.x, p.y, inner, Math.PI / 2, (3 * Math.PI) / 2);
    else b.circle('fill', p.x, p.y, inner);
  }
  b.fillAll(() => {
    ctx.fillStyle = theme.text;
  });
  for (const n of nodes) {
    if (n.kind !== 'skill' || n.status !== 'done') continue;
    const p = layout.nodes.get(n.id);
    if (!p) continue;
    const r = p.radius;
    b.line('tick', p.x - r / 2, p.y, p.x - r / 8, p.y + r / 2.5);
    b.line('tick', p.x - r / 8, p.y + r / 2.5, p.x + r / 2, p.y - r / 2.5);
  }
  b.strokeAll(() => {
    ctx.strokeStyle = theme.background;
    ctx.lineWidth = lineWidth(2);
  });
  ctx.globalAlpha = alpha;
}
