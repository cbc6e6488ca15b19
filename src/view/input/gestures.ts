import { zoomAt, type Camera } from './camera';

export interface Point {
  x: number;
  y: number;
}

/** What the user's pointer, wheel, fingers and keys ask of the map. */
export type Intent =
  | { kind: 'hover'; key: string | null }
  | { kind: 'camera'; camera: Camera }
  | { kind: 'drag'; key: string; at: Point }
  | { kind: 'drop'; key: string }
  | { kind: 'activate'; key: string; source?: OpenEvent; touch: boolean }
  | { kind: 'tap-background' }
  | { kind: 'unpin'; key: string }
  | { kind: 'fit' }
  | { kind: 'handled' };

/**
 * The event that asked to open a note. The host reads its modifier keys as its platform does
 * (Obsidian: new tab, split or window); the map never reduces them to a yes or no.
 */
export type OpenEvent = MouseEvent | KeyboardEvent;

/** A pointer event as the gestures need it: where, which, and the event itself. */
export interface PointerInput extends Point {
  id: number;
  touch: boolean;
  source?: OpenEvent;
}

type Gesture =
  | { kind: 'press'; key: string; start: Point; moved: boolean; touch: boolean }
  | { kind: 'pan'; start: Point; camera: Camera; moved: boolean; touch: boolean }
  | { kind: 'pinch'; distance: number; centre: Point; camera: Camera };

const CLICK_SLOP = 4;
const PAN_STEP = 60;

/**
 * Turns pointer, wheel, pinch and key input on the canvas into intents: press and release on a
 * station opens it (a tap on touch selects it), press and move drags it, the background pans,
 * two fingers pinch, the wheel zooms about the pointer. No DOM: the component feeds it
 * coordinates, and tests can too.
 */
export class Gestures {
  private pointers = new Map<number, Point>();
  private gesture: Gesture | null = null;

  constructor(
    private readonly hit: (at: Point, touch: boolean) => string | null,
    private readonly camera: () => Camera,
    private readonly emit: (intent: Intent) => void,
  ) {}

  /** The station being dragged, if any. */
  get dragging(): string | null {
    const g = this.gesture;
    return g?.kind === 'press' && g.moved ? g.key : null;
  }

  down(p: PointerInput): void {
    this.emit({ kind: 'handled' });
    this.pointers.set(p.id, { x: p.x, y: p.y });
    if (this.pointers.size === 2) {
      const [a, b] = [...this.pointers.values()] as [Point, Point];
      this.gesture = {
        kind: 'pinch',
        distance: Math.hypot(a.x - b.x, a.y - b.y) || 1,
        centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
        camera: { ...this.camera() },
      };
      return;
    }
    const key = this.hit(p, p.touch);
    this.gesture = key
      ? { kind: 'press', key, start: { x: p.x, y: p.y }, moved: false, touch: p.touch }
      : {
          kind: 'pan',
          start: { x: p.x, y: p.y },
          camera: { ...this.camera() },
          moved: false,
          touch: p.touch,
        };
  }

  move(p: PointerInput): void {
    if (this.pointers.has(p.id)) this.pointers.set(p.id, { x: p.x, y: p.y });
    const g = this.gesture;
    if (!g) {
      this.emit({ kind: 'hover', key: p.touch ? null : this.hit(p, false) });
      return;
    }
    if (g.kind === 'pinch') {
      const [a, b] = [...this.pointers.values()];
      if (!a || !b) return;
      const zoomed = zoomAt(
        g.camera,
        g.centre.x,
        g.centre.y,
        Math.hypot(a.x - b.x, a.y - b.y) / g.distance,
      );
      const cx = (a.x + b.x) / 2;
      const cy = (a.y + b.y) / 2;
      this.emit({
        kind: 'camera',
        camera: { k: zoomed.k, x: zoomed.x + cx - g.centre.x, y: zoomed.y + cy - g.centre.y },
      });
      return;
    }
    if (!g.moved && Math.hypot(p.x - g.start.x, p.y - g.start.y) < CLICK_SLOP) return;
    g.moved = true;
    if (g.kind === 'pan')
      this.emit({
        kind: 'camera',
        camera: { k: g.camera.k, x: g.camera.x + p.x - g.start.x, y: g.camera.y + p.y - g.start.y },
      });
    // On touch a finger that moves from a station pans the map: stations are dragged with a mouse.
    else if (g.touch) {
      this.gesture = {
        kind: 'pan',
        start: g.start,
        camera: { ...this.camera() },
        moved: true,
        touch: true,
      };
      this.move(p);
    } else this.emit({ kind: 'drag', key: g.key, at: { x: p.x, y: p.y } });
  }

  up(p: PointerInput, cancelled = false): void {
    this.pointers.delete(p.id);
    const g = this.gesture;
    if (g?.kind === 'pinch' && this.pointers.size > 0) return;
    this.gesture = null;
    if (!g || cancelled) return;
    if (g.kind === 'press') {
      if (g.moved) this.emit({ kind: 'drop', key: g.key });
      else this.emit({ kind: 'activate', key: g.key, source: p.source, touch: g.touch });
    } else if (g.kind === 'pan' && !g.moved && g.touch) this.emit({ kind: 'tap-background' });
  }

  doubleClick(at: Point): void {
    const key = this.hit(at, false);
    if (key) this.emit({ kind: 'unpin', key });
  }

  /** Trackpad pinches arrive as wheel events with ctrlKey and small deltas: zoom faster. */
  wheel(at: Point, deltaY: number, ctrlKey: boolean): void {
    this.emit({ kind: 'handled' });
    const factor = Math.exp(-deltaY * (ctrlKey ? 0.01 : 0.0015));
    this.emit({ kind: 'camera', camera: zoomAt(this.camera(), at.x, at.y, factor) });
    this.emit({ kind: 'hover', key: null });
  }

  /** Keys on the focused canvas: + and − zoom, arrows pan, 0 fits. Returns whether it was used. */
  key(key: string, size: { width: number; height: number }): boolean {
    const c = this.camera();
    const centre = (f: number) => zoomAt(c, size.width / 2, size.height / 2, f);
    const pan = (dx: number, dy: number) => ({ k: c.k, x: c.x + dx, y: c.y + dy });
    const moves: Record<string, Camera | 'fit'> = {
      '+': centre(1.25),
      '=': centre(1.25),
      '-': centre(0.8),
      ArrowLeft: pan(PAN_STEP, 0),
      ArrowRight: pan(-PAN_STEP, 0),
      ArrowUp: pan(0, PAN_STEP),
      ArrowDown: pan(0, -PAN_STEP),
      '0': 'fit',
    };
    const m = moves[key];
    if (!m) return false;
    if (m === 'fit') this.emit({ kind: 'fit' });
    else {
      this.emit({ kind: 'handled' });
      this.emit({ kind: 'camera', camera: m });
    }
    return true;
  }
}
