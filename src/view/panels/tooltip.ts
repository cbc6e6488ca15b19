import { toScreen, type Camera } from '../input/camera';
import { renderFacts } from '../scene/describe';
import type { Geometry } from '../../model/outputs/map/layout/geometry';
import type { Scene } from '../../model/outputs/map/scene';

/** Room kept between the tooltip and the stage's edge. */
const EDGE = 4;

/** `v` within lo and hi; lo wins when the two cross (a tooltip wider than the pane). */
const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/**
 * The hover tooltip: a note's facts just below its station, or nothing. The canvas points to
 * it with aria-describedby while it shows, so a screen reader reads what the eye sees; its
 * place is set through CSS variables (no inline styles).
 */
export function showTooltip(
  tip: HTMLElement,
  canvas: HTMLCanvasElement,
  scene: Scene,
  geometry: Geometry | null,
  camera: Camera,
  id: string | null,
): void {
  const node = id ? scene.byId.get(id) : undefined;
  const s = id ? geometry?.byId.get(id)?.[0] : undefined;
  tip.empty();
  if (!node || !s) {
    tip.toggleClass('is-visible', false);
    canvas.removeAttribute('aria-describedby');
    return;
  }
  renderFacts(tip, node, scene);
  const p = toScreen(camera, s.x, s.y);
  // Kept inside the stage: beside the lists, or at the pane's edge, it would be cut off.
  const { width, height } = tip.getBoundingClientRect();
  const pane = { width: canvas.clientWidth, height: canvas.clientHeight };
  const gap = s.r * camera.k + 8;
  const x = clamp(p.x, width / 2 + EDGE, pane.width - width / 2 - EDGE);
  const below = p.y + gap;
  const y = below + height > pane.height - EDGE ? Math.max(EDGE, p.y - gap - height) : below;
  tip.setCssProps({
    '--work-model-tip-x': `${Math.round(x)}px`,
    '--work-model-tip-y': `${Math.round(y)}px`,
  });
  tip.toggleClass('is-visible', true);
  canvas.setAttr('aria-describedby', tip.id);
}
