import type { Geometry, Measure, Orientation, Station } from './geometry';
import { layeredLayout } from './layered-layout';
import type { Scene } from './scene';
import { stripsLayout } from './strips-layout';

export interface SavedPosition {
  x: number;
  y: number;
  pinned?: boolean;
}

/** Below this width the map shows route strips. */
export const STRIPS_BELOW = 500;

/** Left to right in a wide pane, top to bottom in a tall one, strips in a narrow one. */
export function orientationFor(pane: { width: number; height: number }): Orientation {
  if (pane.width < STRIPS_BELOW) return 'strips';
  return pane.width >= pane.height ? 'horizontal' : 'vertical';
}

/**
 * The map's positions: the layout for the pane's size and orientation, with the stations the
 * user dragged kept where they were put (pinned) until double-clicked.
 */
export class MapLayout {
  geometry: Geometry | null = null;
  private pins = new Map<string, { x: number; y: number }>();

  /** Lays the scene out for a pane; saved pinned positions are applied. */
  update(
    scene: Scene,
    measure: Measure,
    pane: { width: number; height: number },
    saved: ReadonlyMap<string, SavedPosition> = new Map(),
  ): void {
    for (const [id, p] of saved) if (p.pinned && !this.pins.has(id)) this.pins.set(id, p);
    const orientation = orientationFor(pane);
    this.geometry =
      orientation === 'strips'
        ? stripsLayout(scene, measure, pane)
        : layeredLayout(scene, measure, pane, orientation);
    if (orientation !== 'strips')
      for (const [key, p] of this.pins) {
        const s = this.geometry.byKey.get(key);
        if (s) this.move(s, p.x, p.y);
      }
  }

  station(key: string): Station | undefined {
    return this.geometry?.byKey.get(key);
  }

  isPinned(key: string): boolean {
    return this.pins.has(key);
  }

  /** Moves a station by hand and pins it there; its lines follow. */
  drag(key: string, x: number, y: number): void {
    const s = this.station(key);
    if (!s) return;
    this.move(s, x, y);
    this.pins.set(key, { x, y });
  }

  unpin(key: string): void {
    this.pins.delete(key);
  }

  private move(s: Station, x: number, y: number): void {
    const dx = x - s.x;
    const dy = y - s.y;
    s.x = x;
    s.y = y;
    const shift = (points: [number, number][], owners: (string | null)[]) =>
      owners.forEach((o, i) => {
        const p = points[i];
        if (o === s.key && p) points[i] = [p[0] + dx, p[1] + dy];
      });
    for (const l of this.geometry?.lines ?? []) {
      shift(l.trunk, l.trunkOwners);
      l.branches.forEach((b, i) => shift(b, l.branchOwners[i] ?? []));
      for (const n of l.numbers)
        if (n.key === s.key) {
          n.x += dx;
          n.y += dy;
        }
    }
  }

  /** Pinned positions, by note, for the host to remember. */
  positions(): Map<string, SavedPosition> {
    const out = new Map<string, SavedPosition>();
    for (const [key, p] of this.pins)
      out.set(key, { x: Math.round(p.x), y: Math.round(p.y), pinned: true });
    return out;
  }
}
