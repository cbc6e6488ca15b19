import { quadtree, type Quadtree } from 'd3-quadtree';
import type { Geometry, Station } from '../../model/outputs/map/layout/geometry';
import { TAP_PX } from '../../model/outputs/map/layout/geometry';
import { toWorld, type Camera, type Point } from './camera';

/**
 * A station's hit radius on screen: its drawn radius and a little more, and at least a 44 px
 * target on touch screens, which the inspection reports so tests can check it.
 */
export function hitRadius(s: Station, k: number, touch = true): number {
  return Math.max(s.r * k + 2, touch ? TAP_PX : 6);
}

/** The stations of a drawing in a quadtree, and the largest station, to bound a search. */
interface Index {
  tree: Quadtree<Station>;
  largest: number;
}

const indexes = new WeakMap<Geometry, { version: number; index: Index }>();

/** The drawing's quadtree, built when first asked and again after stations moved (`version`). */
function indexOf(g: Geometry, version: number): Index {
  const known = indexes.get(g);
  if (known && known.version === version) return known.index;
  const index = {
    tree: quadtree<Station>()
      .x((s) => s.x)
      .y((s) => s.y)
      .addAll(g.stations),
    largest: Math.max(0, ...g.stations.map((s) => s.r)),
  };
  indexes.set(g, { version, index });
  return index;
}

/**
 * The station under a screen point: the nearest, if its hit radius reaches the point, or null.
 * d3-quadtree finds it without looking at every station; `version` tells it when stations moved.
 */
export function hitStation(
  g: Geometry | null,
  camera: Camera,
  at: Point,
  touch: boolean,
  version = 0,
): string | null {
  if (!g || g.stations.length === 0) return null;
  const { tree, largest } = indexOf(g, version);
  const w = toWorld(camera, at.x, at.y);
  // A little more than the widest target: d3-quadtree leaves out a point exactly at the radius.
  const reach = (Math.max(largest * camera.k + 2, touch ? TAP_PX : 6) + 1) / camera.k;
  const s = tree.find(w.x, w.y, reach);
  if (!s) return null;
  const d = Math.hypot(s.x - w.x, s.y - w.y) * camera.k;
  return d <= hitRadius(s, camera.k, touch) ? s.key : null;
}
