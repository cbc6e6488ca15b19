import { toScreen, type Camera } from './camera';
import { TAP_PX, type Geometry, type Station } from '../../model/outputs/map/layout/geometry';
import type { Point } from './gestures';

/**
 * A station's hit radius on screen: its drawn radius and a little more, and at least a 44 px
 * target on touch screens (SPEC §5), which the inspection reports so tests can check it.
 */
export function hitRadius(s: Station, k: number, touch = true): number {
  return Math.max(s.r * k + 2, touch ? TAP_PX : 6);
}

/** The station under a screen point: the nearest whose hit radius reaches it, or null. */
export function hitStation(
  g: Geometry | null,
  camera: Camera,
  at: Point,
  touch: boolean,
): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const s of g?.stations ?? []) {
    const p = toScreen(camera, s.x, s.y);
    const d = Math.hypot(p.x - at.x, p.y - at.y);
    if (d <= hitRadius(s, camera.k, touch) && d < bestD) {
      best = s.key;
      bestD = d;
    }
  }
  return best;
}
