import { centreOn, toScreen, type Camera } from './camera';
import { labelBox, type Station } from '../../model/outputs/map/layout/geometry';

/** How close to the pane's edge a focused station may come before the camera follows. */
const MARGIN = 16;

/**
 * The camera follows the keyboard focus (SPEC §5): a focused station whose circle or label
 * reaches within 16 px of the pane's edge is centred, at the same zoom. Null when it is in
 * view, so a focus moving through visible notes never shakes the map.
 */
export function followFocus(
  camera: Camera,
  s: Station,
  pane: { width: number; height: number },
): Camera | null {
  const p = toScreen(camera, s.x, s.y);
  const box = labelBox(s, camera.k, p);
  const m = MARGIN;
  return p.x - s.r < m ||
    p.y - s.r < m ||
    box.x + box.width > pane.width - m ||
    box.y + box.height > pane.height - m
    ? centreOn(camera, s.x, s.y, pane.width, pane.height)
    : null;
}
