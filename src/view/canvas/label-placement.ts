import { toScreen, type Camera } from '../input/camera';
import { KIND_STYLES } from '../../model/outputs/map/kind-styles';
import {
  ALTERNATIVES,
  labelBox,
  type Geometry,
  type LabelSide,
  type Station,
} from '../../model/outputs/map/layout/geometry';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A placed label: its box, and the side of its station it went to. */
export interface PlacedLabel extends Box {
  side: LabelSide;
  /** The title's lines as placed (the compact wrapping, when the full one had no room). */
  lines: string[];
  /** Where its station was on screen when placed: a station dragged since takes it along. */
  at: { x: number; y: number };
}

/** A label's box where its station is now (it moves with a station dragged by hand). */
export function labelNow(box: PlacedLabel, s: Station, camera: Camera): PlacedLabel {
  const p = toScreen(camera, s.x, s.y);
  return { ...box, x: box.x + p.x - box.at.x, y: box.y + p.y - box.at.y };
}

const CELL = 64;

/** Boxes in a coarse grid, so a thousand labels do not test each other pairwise. */
class Grid {
  private cells = new Map<number, Box[]>();
  private keys(b: Box): number[] {
    const out: number[] = [];
    for (let gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.width) / CELL); gx++)
      for (let gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.height) / CELL); gy++)
        out.push(gx * 100003 + gy);
    return out;
  }
  add(b: Box): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(b);
      else this.cells.set(k, [b]);
    }
  }
  hits(b: Box, except?: Box): boolean {
    for (const k of this.keys(b))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(o, b)) return true;
    return false;
  }
}

const inside = (b: Box, size: { width: number; height: number }) =>
  b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width && b.y + b.height <= size.height;

export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The labels shown at this camera, by station key, as boxes in screen pixels. A label never
 * covers another label or a station. A label whose place is taken tries the other sides of its
 * station; where none is free, the one of lower priority is left out (it shows on hover and focus, which raise it to the top).
 */
export function placeLabels(
  geometry: Geometry,
  camera: Camera,
  size: { width: number; height: number },
  first: ReadonlySet<string>,
): Map<string, PlacedLabel> {
  const grid = new Grid();
  const own = new Map<Station, Box>();
  const onScreen: Station[] = [];
  for (const s of geometry.stations) {
    const p = toScreen(camera, s.x, s.y);
    const r = s.r * camera.k;
    const box = { x: p.x - r, y: p.y - r, width: 2 * r, height: 2 * r };
    const label = labelBox(s, camera.k, p);
    if (
      label.x + label.width < 0 ||
      label.y + label.height < 0 ||
      label.x > size.width ||
      label.y > size.height
    ) {
      if (p.x + r >= 0 && p.y + r >= 0 && p.x - r <= size.width && p.y - r <= size.height)
        grid.add(box);
      continue;
    }
    grid.add(box);
    own.set(s, box);
    onScreen.push(s);
  }
  // Which labels win a place first: hovered or selected, then by kind (outcomes, Now, routes…).
  const rank = (s: Station) => (first.has(s.node.id) ? 0 : KIND_STYLES[s.node.kind].labelPriority);
  onScreen.sort((a, b) => rank(a) - rank(b));
  const placed = new Map<string, PlacedLabel>();
  for (const s of onScreen) {
    const at = toScreen(camera, s.x, s.y);
    const variants = s.label.compact ? [s.label, s.label.compact] : [s.label];
    search: for (const v of variants)
      for (const side of ALTERNATIVES[s.label.side]) {
        const box = labelBox(s, camera.k, at, side, v);
        // A label cut by the canvas's edge would be read wrong: another side, or none.
        if (!inside(box, size) || grid.hits(box, own.get(s))) continue;
        grid.add(box);
        placed.set(s.key, { ...box, lines: v.lines, at });
        break search;
      }
  }
  return placed;
}
