import { describe, expect, it } from 'vitest';
import type { Camera } from '../../src/view/input/camera';
import { Gestures, type Intent } from '../../src/view/input/gestures';

/** Gestures over a map with one station at (100, 100), recording the intents. */
function setup() {
  let camera: Camera = { k: 1, x: 0, y: 0 };
  const intents: Intent[] = [];
  const g = new Gestures(
    (at, touch) => (Math.hypot(at.x - 100, at.y - 100) <= (touch ? 22 : 10) ? 'S' : null),
    () => camera,
    (i) => {
      if (i.kind === 'camera') camera = i.camera;
      if (i.kind !== 'handled') intents.push(i);
    },
  );
  return { g, intents, camera: () => camera };
}
// The gestures only pass the event on; its modifier keys are the host's to read.
const click = (ctrlKey: boolean) => ({ ctrlKey }) as MouseEvent;
const mouse = (x: number, y: number, source?: MouseEvent) => ({
  id: 1,
  x,
  y,
  touch: false,
  source,
});
const finger = (id: number, x: number, y: number) => ({ id, x, y, touch: true });

describe('the map gestures', () => {
  it('should open a clicked station, in a new tab with a modifier', () => {
    const { g, intents } = setup();
    g.down(mouse(100, 100));
    g.up(mouse(101, 100, click(true)));
    expect(intents).toEqual([
      {
        kind: 'activate',
        key: 'S',
        source: expect.objectContaining({ ctrlKey: true }),
        touch: false,
      },
    ]);
  });

  it('should select a tapped station on touch within a 44 px target, and drop the selection on a background tap', () => {
    const { g, intents } = setup();
    g.down(finger(1, 118, 100));
    g.up(finger(1, 118, 100));
    g.down(finger(1, 300, 300));
    g.up(finger(1, 300, 300));
    expect(intents).toEqual([
      { kind: 'activate', key: 'S', source: undefined, touch: true },
      { kind: 'tap-background' },
    ]);
  });

  it('should drag a station with the mouse and drop it', () => {
    const { g, intents } = setup();
    g.down(mouse(100, 100));
    g.move(mouse(150, 120));
    expect(g.dragging).toBe('S');
    g.up(mouse(150, 120));
    expect(intents).toEqual([
      { kind: 'drag', key: 'S', at: { x: 150, y: 120 } },
      { kind: 'drop', key: 'S' },
    ]);
  });

  it('should pan by dragging the background, and by a finger moving from a station', () => {
    const { g, camera } = setup();
    g.down(mouse(300, 300));
    g.move(mouse(340, 310));
    g.up(mouse(340, 310));
    expect(camera()).toEqual({ k: 1, x: 40, y: 10 });
    g.down(finger(2, 100, 100));
    g.move(finger(2, 120, 100));
    g.up(finger(2, 120, 100));
    expect(camera()).toEqual({ k: 1, x: 60, y: 10 });
  });

  it('should zoom with a two-finger pinch about its centre', () => {
    const { g, camera } = setup();
    g.down(finger(1, 180, 200));
    g.down(finger(2, 220, 200));
    g.move(finger(1, 140, 200));
    g.move(finger(2, 260, 200));
    expect(camera().k).toBeCloseTo(3);
    expect(camera().x).toBeCloseTo(200 - 200 * 3);
  });

  it('should zoom with the wheel about the pointer, and pan and fit with keys', () => {
    const { g, intents, camera } = setup();
    g.wheel({ x: 50, y: 50 }, -100, false);
    expect(camera().k).toBeGreaterThan(1);
    const k = camera().k;
    expect(g.key('ArrowLeft', { width: 800, height: 600 })).toBe(true);
    expect(camera().k).toBe(k);
    expect(g.key('0', { width: 800, height: 600 })).toBe(true);
    expect(intents.at(-1)).toEqual({ kind: 'fit' });
    expect(g.key('x', { width: 800, height: 600 })).toBe(false);
  });

  it('should unpin a station on double-click', () => {
    const { g, intents } = setup();
    g.doubleClick({ x: 100, y: 100 });
    g.doubleClick({ x: 300, y: 300 });
    expect(intents).toEqual([{ kind: 'unpin', key: 'S' }]);
  });
});
