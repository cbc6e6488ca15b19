import type { Geometry, Measure, Station } from '../../src/model/outputs/map/layout/geometry';
import type { SceneNode } from '../../src/model/outputs/map/scene';
import type { Theme } from '../../src/view/canvas/theme';

/** A theme whose colours are their own names, so a recorded drawing says what it used. */
export const theme: Theme = {
  background: 'background',
  text: 'text',
  muted: 'muted',
  faint: 'faint',
  border: 'border',
  accent: 'accent',
  error: 'error',
  warning: 'warning',
  success: 'success',
  fontFamily: 'sans-serif',
  fontPx: 13,
  routes: ['route-0', 'route-1', 'route-2', 'route-3'],
};

/** Text 7 units a character wide, 16 a line. */
export const measure: Measure = { width: (t) => t.length * 7, lineHeight: 16, fontPx: 13 };

/**
 * A stepping stone's station of radius 10 with a 60 × 16 label below it; only what hit tests,
 * the camera and label placement (by its kind) read.
 */
export const station = (key: string, x: number, y: number): Station => ({
  key,
  node: { id: key, kind: 'skill' } as SceneNode,
  x,
  y,
  r: 10,
  label: { lines: [key], meta: null, width: 60, height: 16, side: 'below' },
  interchange: false,
});

/** A drawing of the given stations, each note drawn once. */
export const geometryOf = (stations: Station[]): Geometry => ({
  orientation: 'horizontal',
  stations,
  byKey: new Map(stations.map((s) => [s.key, s])),
  byId: new Map(stations.map((s) => [s.node.id, [s]])),
  lines: [],
  bounds: { x0: 0, y0: 0, x1: 1000, y1: 1000 },
});
