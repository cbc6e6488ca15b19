import {
  forceCollide,
  forceLink,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Scene } from './scene';

export interface LayoutNode extends SimulationNodeDatum {
  id: string;
  x: number;
  y: number;
  column: number;
  radius: number;
  /** Pinned by the user (dragged): stays where it was put until double-clicked. */
  pinned: boolean;
}

export interface SavedPosition {
  x: number;
  y: number;
  pinned?: boolean;
}

export const COLUMN_WIDTH = 240;
const ROW_HEIGHT = 110;

/** A small linear congruential generator: the same seed gives the same layout. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(1664525, s) + 1013904223) >>> 0) / 4294967296;
}

const radiusOf = (kind: string) =>
  kind === 'now' ? 14 : kind === 'evidence' ? 4 : kind === 'route' ? 7 : 10;

/**
 * Positions of the map's nodes: a force layout pulled into columns (Now → stepping stones →
 * outcomes), started from saved positions where there are any. It never runs by itself: the
 * renderer calls `step()` per frame until `settled`, and tests call `tick(n)`.
 */
export class MapLayout {
  readonly nodes = new Map<string, LayoutNode>();
  private simulation: Simulation<LayoutNode, undefined>;

  constructor(seed = 1) {
    this.simulation = forceSimulation<LayoutNode>([])
      .randomSource(lcg(seed))
      .alphaDecay(0.04)
      .stop();
  }

  /**
   * Takes a new scene. Nodes seen before keep their place and are held still while new nodes
   * find theirs, so a live update never shuffles what the user already knows.
   */
  update(scene: Scene, saved: ReadonlyMap<string, SavedPosition> = new Map()): void {
    const fresh = new Map<string, LayoutNode>();
    const rows = new Map<number, number>();
    const isFirst = this.nodes.size === 0;
    for (const n of scene.nodes) {
      const old = this.nodes.get(n.id);
      if (old) {
        old.column = n.column;
        fresh.set(n.id, old);
        continue;
      }
      const s = saved.get(n.id);
      const row = rows.get(n.column) ?? 0;
      rows.set(n.column, row + 1);
      const near = this.neighbourOf(n.id, scene);
      const x = s?.x ?? near?.x ?? n.column * COLUMN_WIDTH;
      const y =
        s?.y ??
        (near ? near.y + ROW_HEIGHT / 2 : (row % 2 ? -1 : 1) * Math.ceil(row / 2) * ROW_HEIGHT);
      fresh.set(n.id, {
        id: n.id,
        x,
        y,
        column: n.column,
        radius: radiusOf(n.kind),
        pinned: s?.pinned ?? false,
        ...(s?.pinned ? { fx: x, fy: y } : {}),
      });
    }
    const kept = [...fresh.values()].filter((n) => this.nodes.has(n.id));
    this.nodes.clear();
    for (const [id, n] of fresh) this.nodes.set(id, n);

    const links = scene.segments.map((s) => ({ source: s.from, target: s.to }));
    this.simulation
      .nodes([...this.nodes.values()])
      .force('x', forceX<LayoutNode>((d) => d.column * COLUMN_WIDTH).strength(0.5))
      .force('y', forceY<LayoutNode>(0).strength(0.02))
      .force('collide', forceCollide<LayoutNode>((d) => d.radius + 38).strength(0.9))
      .force(
        'link',
        forceLink<LayoutNode, { source: string; target: string }>(links)
          .id((d) => d.id)
          .distance(COLUMN_WIDTH * 0.7)
          .strength(0.05),
      );

    const allSaved = scene.nodes.every((n) => saved.has(n.id));
    if (isFirst) {
      // Saved positions are the user's: show them as they were, do not re-run the layout.
      this.simulation.alpha(allSaved ? 0 : 1);
    } else if (kept.length < this.nodes.size) {
      for (const n of kept) this.hold(n);
      this.simulation.alpha(0.6);
    } else {
      this.simulation.alpha(0);
    }
  }

  /** A node the new one links to, to start it nearby. */
  private neighbourOf(id: string, scene: Scene): LayoutNode | undefined {
    for (const s of scene.segments) {
      const other = s.from === id ? s.to : s.to === id ? s.from : null;
      const n = other ? this.nodes.get(other) : undefined;
      if (n) return n;
    }
    return undefined;
  }

  private held = new Set<LayoutNode>();
  private hold(n: LayoutNode): void {
    if (n.pinned) return;
    n.fx = n.x;
    n.fy = n.y;
    this.held.add(n);
  }

  get settled(): boolean {
    return this.simulation.alpha() < this.simulation.alphaMin();
  }

  /** One step of the simulation; releases held nodes once the new ones have settled. */
  step(): void {
    if (this.settled) return;
    this.simulation.tick();
    if (this.settled) this.release();
  }

  /** Runs `n` steps (tests, and a quick start before the first frame). */
  tick(n: number): void {
    for (let i = 0; i < n && !this.settled; i++) this.step();
  }

  private release(): void {
    for (const n of this.held) {
      n.fx = undefined;
      n.fy = undefined;
      n.vx = 0;
      n.vy = 0;
    }
    this.held.clear();
  }

  /** Moves a node by hand and pins it there. */
  drag(id: string, x: number, y: number): void {
    const n = this.nodes.get(id);
    if (!n) return;
    n.x = n.fx = x;
    n.y = n.fy = y;
    n.pinned = true;
  }

  unpin(id: string): void {
    const n = this.nodes.get(id);
    if (!n) return;
    n.pinned = false;
    n.fx = undefined;
    n.fy = undefined;
    this.simulation.alpha(0.3);
  }

  /** Gently re-settles after a drag. */
  reheat(alpha = 0.2): void {
    this.simulation.alpha(Math.max(this.simulation.alpha(), alpha));
  }

  stop(): void {
    this.simulation.alpha(0);
    this.release();
  }

  positions(): Map<string, SavedPosition> {
    const out = new Map<string, SavedPosition>();
    for (const n of this.nodes.values())
      out.set(n.id, {
        x: Math.round(n.x),
        y: Math.round(n.y),
        ...(n.pinned ? { pinned: true } : {}),
      });
    return out;
  }
}
