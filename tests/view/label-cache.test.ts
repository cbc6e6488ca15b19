import { describe, expect, it } from 'vitest';
import { labelCache } from '../../src/view/canvas/label-cache';
import { geometryOf, station } from './map-fakes';

describe('the label cache', () => {
  const g = geometryOf([station('A', 100, 100), station('B', 300, 100)]);
  const camera = { k: 1, x: 0, y: 0 };
  const pane = { width: 400, height: 300 };

  it('should place the labels, and keep the placement while nothing it reads changes', () => {
    const place = labelCache();
    const labels = place(g, 1, camera, pane, new Set());
    expect([...labels.keys()].sort()).toEqual(['A', 'B']);
    expect(place(g, 1, { ...camera }, { ...pane }, new Set())).toBe(labels);
  });

  it.each([
    ['the drawing', 2, camera, pane, []],
    ['the camera', 1, { k: 1, x: 5, y: 0 }, pane, []],
    ['the pane', 1, camera, { width: 401, height: 300 }, []],
    ['the notes whose labels go first', 1, camera, pane, ['B']],
  ])('should place them again when %s changes', (_, version, c, p, first) => {
    const place = labelCache();
    const labels = place(g, 1, camera, pane, new Set());
    expect(place(g, version, c, p, new Set(first))).not.toBe(labels);
  });
});
