/** The map's pan and zoom: screen = world × k + (x, y). */
export interface Camera {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 0.08;
export const MAX_ZOOM = 4;

const clamp = (k: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k));

export function toWorld(c: Camera, sx: number, sy: number): { x: number; y: number } {
  return { x: (sx - c.x) / c.k, y: (sy - c.y) / c.k };
}

export function toScreen(c: Camera, wx: number, wy: number): { x: number; y: number } {
  return { x: wx * c.k + c.x, y: wy * c.k + c.y };
}

/** Zooms by `factor` keeping the world point under (sx, sy) where it is. */
export function zoomAt(c: Camera, sx: number, sy: number, factor: number): Camera {
  const k = clamp(c.k * factor);
  const w = toWorld(c, sx, sy);
  return { k, x: sx - w.x * k, y: sy - w.y * k };
}

/** The camera that shows every point with a margin, in a view of the given size. */
export function fitCamera(
  points: { x: number; y: number }[],
  width: number,
  height: number,
  margin = 60,
): Camera {
  if (points.length === 0 || width <= 0 || height <= 0)
    return { k: 1, x: width / 2, y: height / 2 };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  // Labels run to the right of nodes: leave them room.
  maxX += 120;
  const k = clamp(
    Math.min(
      (width - 2 * margin) / Math.max(1, maxX - minX),
      (height - 2 * margin) / Math.max(1, maxY - minY),
      1.5,
    ),
  );
  return { k, x: width / 2 - ((minX + maxX) / 2) * k, y: height / 2 - ((minY + maxY) / 2) * k };
}

/** Centres the camera on a world point, keeping the zoom. */
export function centreOn(c: Camera, wx: number, wy: number, width: number, height: number): Camera {
  return { k: c.k, x: width / 2 - wx * c.k, y: height / 2 - wy * c.k };
}
