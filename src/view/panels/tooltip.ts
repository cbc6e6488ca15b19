import { toScreen, type Camera } from '../input/camera';
import { renderFacts } from '../scene/describe';
import type { Geometry } from '../../model/outputs/map/layout/geometry';
import type { Scene } from '../../model/outputs/map/scene';

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
  renderFacts(tip, node, scene.routeById);
  const p = toScreen(camera, s.x, s.y);
  tip.setCssProps({
    '--work-model-tip-x': `${Math.round(p.x)}px`,
    '--work-model-tip-y': `${Math.round(p.y + s.r * camera.k + 8)}px`,
  });
  tip.toggleClass('is-visible', true);
  canvas.setAttr('aria-describedby', tip.id);
}
