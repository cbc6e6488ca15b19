import { labelBox, type Geometry } from '../../model/outputs/map/layout/geometry';
import { fitCamera, MAX_ZOOM, MIN_ZOOM, type Camera } from './camera';

/**
 * The camera that shows the whole drawing in the pane, labels included. Labels keep their size
 * on screen whatever the zoom, so zooming out shrinks the distances between stations but not
 * the labels: the zoom is lowered until stations and labels fit together, then centred.
 */
export function fitDrawing(g: Geometry, width: number, height: number, margin = 12): Camera {
  let { k } = fitCamera(g.bounds, width, height, margin);
  if (width <= 0 || height <= 0 || g.stations.length === 0)
    return { k, x: width / 2, y: height / 2 };
  for (let i = 0; i < 6; i++) {
    const b = boundsAt(g, k);
    const fits = Math.min(
      (width - 2 * margin) / (b.x1 - b.x0),
      (height - 2 * margin) / (b.y1 - b.y0),
    );
    if (fits >= 1 || k <= MIN_ZOOM) break;
    k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, k * fits));
  }
  const b = boundsAt(g, k);
  return { k, x: width / 2 - (b.x0 + b.x1) / 2, y: height / 2 - (b.y0 + b.y1) / 2 };
}

/** The drawing's extent on screen at zoom k, with the camera at the origin. */
function boundsAt(g: Geometry, k: number) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const s of g.stations) {
    const at = { x: s.x * k, y: s.y * k };
    const r = s.r * k;
    const box = labelBox(s, k, at);
    x0 = Math.min(x0, at.x - r, box.x);
    y0 = Math.min(y0, at.y - r, box.y);
    x1 = Math.max(x1, at.x + r, box.x + box.width);
    y1 = Math.max(y1, at.y + r, box.y + box.height);
  }
  return { x0, y0, x1: Math.max(x1, x0 + 1), y1: Math.max(y1, y0 + 1) };
}
