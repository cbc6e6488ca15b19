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

export function drawMap(
  ctx: CanvasRenderingContext2D,
  size: { width: number; height: number; ratio: number },
  scene: Scene,
  layout: MapLayout,
  camera: Camera,
  theme: Theme,
  colors: ReadonlyMap<string, string>,
  emphasis: Emphasis,
): void {
  ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.setTransform(
    size.ratio * camera.k,
    0,
    0,
    size.ratio * camera.k,
    size.ratio * camera.x,
    size.ratio * camera.y,
  );
  const pos = (id: string) => layout.nodes.get(id);
  const nodeAlpha = (id: string) => (emphasis.nodes && !emphasis.nodes.has(id) ? FAINT : 1);
  const lineWidth = (px: number) => px / Math.max(camera.k, 0.35);

  // Other links first, thin, under the route lines.
  ctx.lineWidth = lineWidth(1);
  for (const l of scene.links) {
    const a = pos(l.from);
    const b = pos(l.to);
    if (!a || !b) continue;
    // Supports links matter on hover; otherwise they would cover the routes with a web.
    const quiet =
      l.kind === 'supports' && !(emphasis.nodes?.has(l.from) && emphasis.nodes.has(l.to));
    ctx.globalAlpha =
      Math.min(nodeAlpha(l.from), nodeAlpha(l.to)) *
      (quiet ? 0.18 : l.kind === 'evidence' ? 0.5 : 0.8);
    ctx.strokeStyle = l.kind === 'missing' ? theme.error : theme.faint;
    ctx.setLineDash(l.kind === 'evidence' ? [] : [lineWidth(4), lineWidth(4)]);
    ctx.beginPath();
    ctx.moveTo(a.x, a.y);
    ctx.lineTo(b.x, b.y);
    ctx.stroke();
  }

  // Route lines, side by side where routes share a piece, like lines on a transit map.
  ctx.lineCap = 'round';
  const byRoute = new Map(scene.routes.map((r) => [r.id, r]));
  for (const s of scene.segments) {
    const a = pos(s.from);
    const b = pos(s.to);
    if (!a || !b) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const off = (s.lane - (s.lanes - 1) / 2) * lineWidth(LANE_GAP);
    const ox = (-dy / len) * off;
    const oy = (dx / len) * off;
    const route = byRoute.get(s.route);
    ctx.globalAlpha = emphasis.routes && !emphasis.routes.has(s.route) ? FAINT : 1;
    ctx.strokeStyle = colors.get(s.route) ?? theme.accent;
    ctx.lineWidth = lineWidth(3);
    ctx.setLineDash(
      route && (route.status === 'paused' || route.status === 'dropped')
        ? [lineWidth(6), lineWidth(5)]
        : [],
    );
    ctx.beginPath();
    ctx.moveTo(a.x + ox, a.y + oy);
    ctx.lineTo(b.x + ox, b.y + oy);
    ctx.stroke();
  }
  ctx.setLineDash([]);

  const showLabels = camera.k > 0.45 || scene.nodes.length <= 150;
  ctx.font = theme.font;
  ctx.textBaseline = 'middle';
  for (const n of scene.nodes) {
    const p = pos(n.id);
    if (!p) continue;
    ctx.globalAlpha = nodeAlpha(n.id);
    drawNode(ctx, n, p.x, p.y, p.radius, theme, colors, lineWidth);
    if (emphasis.focus === n.id || emphasis.matches.has(n.id)) {
      ctx.strokeStyle = theme.accent;
      ctx.lineWidth = lineWidth(2.5);
      ctx.beginPath();
      ctx.arc(p.x, p.y, p.radius + lineWidth(5), 0, Math.PI * 2);
      ctx.stroke();
    }
    if (n.kind !== 'evidence' && (showLabels || emphasis.nodes?.has(n.id))) {
      ctx.fillStyle =
        n.kind === 'ghost' ? theme.error : n.kind === 'route' ? theme.muted : theme.text;
      ctx.textAlign = n.kind === 'now' ? 'right' : 'left';
      const dx = n.kind === 'now' ? -(p.radius + 6) : p.radius + 6;
      ctx.fillText(shortLabel(n.title), p.x + dx, p.y);
    }
  }
  ctx.globalAlpha = 1;
}

function drawNode(
  ctx: CanvasRenderingContext2D,
  n: SceneNode,
  x: number,
  y: number,
  r: number,
  theme: Theme,
  colors: ReadonlyMap<string, string>,
  lineWidth: (px: number) => number,
): void {
  ctx.lineWidth = lineWidth(2);
  ctx.setLineDash([]);
  ctx.beginPath();
  switch (n.kind) {
    case 'now':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fillStyle = theme.text;
      ctx.fill();
      return;
    case 'outcome': {
      // A square: where routes arrive. Filled once reached, faint once released.
      ctx.rect(x - r, y - r, 2 * r, 2 * r);
      ctx.fillStyle = n.status === 'reached' ? theme.success : theme.background;
      ctx.fill();
      ctx.strokeStyle = n.status === 'released' ? theme.faint : theme.text;
      ctx.stroke();
      break;
    }
    case 'route':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fillStyle = colors.get(n.id) ?? theme.accent;
      ctx.fill();
      break;
    case 'ghost':
      ctx.setLineDash([lineWidth(3), lineWidth(3)]);
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.strokeStyle = theme.error;
      ctx.stroke();
      ctx.setLineDash([]);
      break;
    case 'evidence':
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fillStyle =
        n.status === 'setback' ? theme.warning : n.status === 'win' ? theme.success : theme.faint;
      ctx.fill();
      break;
    default: {
      // A stepping stone: hollow when planned, half full while building, full with a tick when done.
      ctx.arc(x, y, r, 0, Math.PI * 2);
      ctx.fillStyle = theme.background;
      ctx.fill();
      ctx.strokeStyle = theme.text;
      ctx.stroke();
      if (n.status === 'building') {
        ctx.beginPath();
        ctx.arc(x, y, r - lineWidth(1), Math.PI / 2, (3 * Math.PI) / 2);
        ctx.fillStyle = theme.text;
        ctx.fill();
      } else if (n.status === 'done') {
        ctx.beginPath();
        ctx.arc(x, y, r - lineWidth(1), 0, Math.PI * 2);
        ctx.fillStyle = theme.text;
        ctx.fill();
        ctx.strokeStyle = theme.background;
        ctx.beginPath();
        ctx.moveTo(x - r / 2, y);
        ctx.lineTo(x - r / 8, y + r / 2.5);
        ctx.lineTo(x + r / 2, y - r / 2.5);
        ctx.stroke();
      }
    }
  }
  if (n.stale) {
    ctx.setLineDash([lineWidth(2), lineWidth(3)]);
    ctx.strokeStyle = theme.warning;
    ctx.beginPath();
    ctx.arc(x, y, r + lineWidth(4), 0, Math.PI * 2);
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
