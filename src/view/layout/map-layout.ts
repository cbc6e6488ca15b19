import type {
  Geometry,
  Measure,
  Orientation,
  RouteLine,
  Station,
} from '../../model/outputs/map/layout/geometry';
import { layeredLayoutSteps } from '../../model/outputs/map/layout/layered-layout';
import type { Scene } from '../../model/outputs/map/scene';
import { stripsLayout } from '../../model/outputs/map/layout/strips-layout';

import { keepPlaces } from './keep-places';
import { moveStations, type Delta } from './move-stations';

/** What of a drawing's lines a station takes along: points (by list and index) and numbers. */
interface Owned {
  points: [[number, number][], number][];
  numbers: RouteLine['numbers'];
}

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
  /** The last finished layout; it stays on screen while a new one is worked out. */
  geometry: Geometry | null = null;
  private pins = new Map<string, { x: number; y: number }>();
  private job: Generator<void, Geometry, void> | null = null;
  /** Milliseconds of the last layout, in all and in its longest slice (the benchmark reads them). */
  timing = { totalMs: 0, longestSliceMs: 0 };
  /** Whether the layout under way keeps the stations on screen where they are (`keepPlaces`). */
  private keep = false;
  /** The drawing the last finished layout replaced: a glide starts from it. */
  private previous: Geometry | null = null;
  /** While stations glide: where they go, and how far from there each starts. */
  private glide: { to: Geometry; from: Map<string, Delta>; moving: Set<string> } | null = null;
  /** What the station moved last owns of the drawing's lines (`ownedBy`). */
  private owned: { g: Geometry | null; key: string; found: Owned } | null = null;

  /**
   * Starts laying the scene out for a pane; saved pinned positions are applied when it is done.
   * `step` does the work.
   */
  update(
    scene: Scene,
    measure: Measure,
    pane: { width: number; height: number },
    saved: ReadonlyMap<string, SavedPosition> = new Map(),
    keep = false,
  ): void {
    this.keep = keep;
    for (const [id, p] of saved) if (p.pinned && !this.pins.has(id)) this.pins.set(id, p);
    const orientation = orientationFor(pane);
    this.job =
      orientation === 'strips'
        ? (function* () {
            yield; // strips are quick: one slice
            return stripsLayout(scene, measure, pane);
          })()
        : layeredLayoutSteps(scene, measure, pane, orientation);
    this.timing = { totalMs: 0, longestSliceMs: 0 };
  }

  get settled(): boolean {
    return this.job === null;
  }

  /** Works on the layout for up to `budgetMs`; returns whether it is done. */
  step(budgetMs: number): boolean {
    const job = this.job;
    if (!job) return true;
    const start = performance.now();
    for (;;) {
      const next = job.next();
      if (next.done) {
        this.job = null;
        this.previous = this.geometry;
        this.glide = null;
        this.geometry = this.keep ? keepPlaces(next.value, this.previous) : next.value;
        if (next.value.orientation !== 'strips')
          for (const [key, p] of this.pins) {
            const s = this.geometry.byKey.get(key);
            if (s) this.move(s, p.x, p.y);
          }
        break;
      }
      if (performance.now() - start >= budgetMs) break;
    }
    const took = performance.now() - start;
    this.timing.totalMs += took;
    this.timing.longestSliceMs = Math.max(this.timing.longestSliceMs, took);
    return this.job === null;
  }

  /**
   * Starts the stations gliding from where the drawing before showed them to where the last
   * layout put them; `glideTo` moves them. Returns false when none moved (nothing to animate).
   */
  startGlide(): boolean {
    const from = this.previous;
    const to = this.glide?.to ?? this.geometry;
    this.previous = null;
    if (!from || !to || from.orientation !== to.orientation) return false;
    const deltas = new Map<string, Delta>();
    for (const s of to.stations) {
      const was = from.byKey.get(s.key);
      if (was && (was.x !== s.x || was.y !== s.y)) deltas.set(s.key, [was.x - s.x, was.y - s.y]);
    }
    if (deltas.size === 0) return false;
    this.glide = { to, from: deltas, moving: new Set(deltas.keys()) };
    this.glideTo(0);
    return true;
  }

  /** The stations `t` of the way (0 to 1) from where they were to where they go. */
  glideTo(t: number): void {
    const g = this.glide;
    if (!g) return;
    if (t >= 1) {
      this.geometry = g.to;
      this.glide = null;
      return;
    }
    this.geometry = moveStations(g.to, (key) => {
      const d = g.from.get(key);
      return d && [d[0] * (1 - t), d[1] * (1 - t)];
    });
  }

  /** The drawing as it will rest: where a glide goes, or the drawing itself. */
  get target(): Geometry | null {
    return this.glide?.to ?? this.geometry;
  }

  get gliding(): boolean {
    return this.glide !== null;
  }

  /** The stations a glide moves, by key (the rest stay where they are); null while none glides. */
  get gliders(): ReadonlySet<string> | null {
    return this.glide?.moving ?? null;
  }

  station(key: string): Station | undefined {
    return this.geometry?.byKey.get(key);
  }

  isPinned(key: string): boolean {
    return this.pins.has(key);
  }

  /** Moves a station by hand and pins it there; its lines follow. */
  drag(key: string, x: number, y: number): void {
    this.glideTo(1);
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
    const { points, numbers } = this.ownedBy(s.key);
    for (const [list, i] of points) {
      const p = list[i];
      if (p) list[i] = [p[0] + dx, p[1] + dy];
    }
    for (const n of numbers) {
      n.x += dx;
      n.y += dy;
    }
  }

  /** The line points and step numbers a station owns, found once per drawing and station. */
  private ownedBy(key: string): Owned {
    const g = this.geometry;
    if (this.owned?.g === g && this.owned.key === key) return this.owned.found;
    const found: Owned = { points: [], numbers: [] };
    const collect = (list: [number, number][], owners: readonly (string | null)[]) =>
      owners.forEach((o, i) => {
        if (o === key) found.points.push([list, i]);
      });
    for (const l of g?.lines ?? []) {
      collect(l.trunk, l.trunkOwners);
      l.branches.forEach((b, i) => collect(b, l.branchOwners[i] ?? []));
      for (const n of l.numbers) if (n.key === key) found.numbers.push(n);
    }
    this.owned = { g, key, found };
    return found;
  }

  /** Pinned positions, by note, for the host to remember. */
  positions(): Map<string, SavedPosition> {
    const out = new Map<string, SavedPosition>();
    for (const [key, p] of this.pins)
      out.set(key, { x: Math.round(p.x), y: Math.round(p.y), pinned: true });
    return out;
  }
}
