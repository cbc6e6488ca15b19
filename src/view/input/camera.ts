/** The map's pan and zoom, as d3-zoom's transform holds it: screen = world × k + (x, y). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.08;
export const MAX_ZOOM = 4;

const clamp = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

export interface Point {
  x: number;
  y: number;
}

export function toWorld(c: Camera, sx: number, sy: number): Point {
  return { x: (sx - c.x) / c.k, y: (sy - c.y) / c.k };
}

export function toScreen(c: Camera, wx: number, wy: number): Point {
  return { x: wx * c.k + c.x, y: wy * c.k + c.y };
}

/**
 * The camera that shows a drawing's bounds (measured at zoom 1, labels included) in a view of
 * the given size: the layout is sized for the pane, so this is near 1 and labels fit.
 */
export function fitCamera(
  b: { x0: number; y0: number; x1: number; y1: number },
  width: number,
  height: number,
  margin = 12,
): Camera {
  if (width <= 0 || height <= 0) return { k: 1, x: width / 2, y: height / 2 };
  const k = clamp(
    Math.min(
      (width - 2 * margin) / Math.max(1, b.x1 - b.x0),
      (height - 2 * margin) / Math.max(1, b.y1 - b.y0),
      1.6,
    ),
  );
  return { k, x: width / 2 - ((b.x0 + b.x1) / 2) * k, y: height / 2 - ((b.y0 + b.y1) / 2) * k };
}

/** Route strips: as wide as the pane at zoom 1, read from the top. */
export function topCamera(b: { y0: number; x1: number }, width: number): Camera {
  // The strips keep their own left margin, where the step numbers are.
  const k = Math.min(1, width / Math.max(1, b.x1 + 8));
  return { k, x: 0, y: 8 - b.y0 * k };
}

/** Centres the camera on a world point, keeping the zoom. */
export function centreOn(c: Camera, wx: number, wy: number, width: number, height: number): Camera {
  return { k: c.k, x: width / 2 - wx * c.k, y: height / 2 - wy * c.k };
}
