import { describe, expect, it } from 'vitest';
import { hitRadius, hitStation } from '../../src/view/input/hit-test';
import { geometryOf, station } from './map-fakes';

const camera = { k: 1, x: 0, y: 0 };

describe('hit testing', () => {
  it('should give a touch target of at least 44 px, and the drawn radius and a little for a mouse', () => {
    const s = station('A', 0, 0);
    expect(hitRadius(s, 1)).toBe(22);
    expect(hitRadius(s, 1, false)).toBe(12);
    expect(hitRadius(s, 3, true)).toBe(32);
  });

  it('should find the nearest station whose target reaches the point, or none', () => {
    const g = geometryOf([station('A', 100, 100), station('B', 130, 100)]);
    expect(hitStation(g, camera, { x: 112, y: 100 }, false)).toBe('A');
    expect(hitStation(g, camera, { x: 118, y: 100 }, true)).toBe('B');
    expect(hitStation(g, camera, { x: 100, y: 120 }, false)).toBeNull();
    expect(hitStation(g, camera, { x: 100, y: 120 }, true)).toBe('A');
    expect(hitStation(null, camera, { x: 100, y: 100 }, true)).toBeNull();
  });

  it('should test on screen, after the camera', () => {
    const g = geometryOf([station('A', 100, 100)]);
    expect(hitStation(g, { k: 2, x: -50, y: 0 }, { x: 150, y: 200 }, false)).toBe('A');
  });

  it('should find a station where it was dragged once told that stations moved', () => {
    const a = station('A', 100, 100);
    const g = geometryOf([a, station('B', 400, 100)]);
    expect(hitStation(g, camera, { x: 100, y: 100 }, false, 1)).toBe('A');
    a.x = 300;
    expect(hitStation(g, camera, { x: 300, y: 100 }, false, 2)).toBe('A');
    expect(hitStation(g, camera, { x: 100, y: 100 }, false, 2)).toBeNull();
  });

  it('should find one station among thousands, as the nearest', () => {
    const stations = Array.from({ length: 5000 }, (_, i) =>
      station(`S${i}`, (i % 100) * 40, Math.floor(i / 100) * 40),
    );
    const g = geometryOf(stations);
    expect(hitStation(g, camera, { x: 41, y: 42 }, false)).toBe('S101');
    expect(hitStation(g, camera, { x: 20, y: 20 }, false)).toBeNull();
  });
});
