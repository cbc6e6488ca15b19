import { describe, expect, it } from 'vitest';
import {
  labelBox,
  RINGS,
  type LabelSide,
  type Station,
} from '../../../src/model/outputs/map/layout/geometry';

const station = (interchange: boolean): Station => ({
  key: 's',
  node: {} as Station['node'],
  x: 100,
  y: 100,
  r: 8,
  interchange,
  label: { lines: ['A stone'], meta: null, width: 40, height: 14, side: 'below' },
});

/** The distance from a box to a point: 0 inside it. */
function distance(
  box: { x: number; y: number; width: number; height: number },
  x: number,
  y: number,
) {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

describe('label boxes', () => {
  // A label that touches the stale ring reads as part of the ring.
  it.each([false, true])(
    'should keep every side clear of the stale ring (interchange: %s)',
    (interchange) => {
      const s = station(interchange);
      const ringOut = (interchange ? RINGS.staleOnInterchange : RINGS.stale) + RINGS.staleWidth / 2;
      for (const k of [0.5, 1, 2]) {
        for (const side of ['below', 'above', 'right', 'left'] as LabelSide[]) {
          const box = labelBox(s, k, s, side);
          expect(distance(box, s.x, s.y)).toBeGreaterThan(s.r * k + ringOut);
        }
      }
    },
  );
});
