import type { Camera } from '../input/camera';
import type { Geometry } from '../../model/outputs/map/layout/geometry';
import { placeLabels, type PlacedLabel } from './label-placement';

/** Places the labels of a drawing, or returns the last placement when nothing it reads changed. */
export type PlaceLabels = (
  g: Geometry,
  version: number,
  camera: Camera,
  pane: { width: number; height: number },
  first: ReadonlySet<string>,
) => ReadonlyMap<string, PlacedLabel>;

/**
 * Label placement remembered between calls: it is worked out again only when the drawing
 * (`version`), the camera, the pane or the notes whose labels go first change. A frame draws
 * in parts (a drag draws twice) and the inspection asks too; placing is the costly part.
 */
export function labelCache(): PlaceLabels {
  let key = '';
  let labels = new Map<string, PlacedLabel>();
  return (g, version, c, pane, first) => {
    const k = `${version}|${c.k}|${c.x}|${c.y}|${pane.width}|${pane.height}|${[...first].join('\u0000')}`;
    if (k !== key) {
      labels = placeLabels(g, c, pane, first);
      key = k;
    }
    return labels;
  };
}
