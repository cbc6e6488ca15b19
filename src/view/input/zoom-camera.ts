import { select, type Selection } from 'd3-selection';
// Adds transition() and interrupt() to selections; d3-zoom loads it anyway.
import 'd3-transition';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';
import { MAX_ZOOM, MIN_ZOOM, type Camera } from './camera';

/** How long a camera move the map makes (Fit, search, keys) eases; a gesture follows at once. */
export const EASE_MS = 250;
/** Arrow keys pan this far on screen. */
const PAN_STEP = 60;

type Canvas = Selection<HTMLCanvasElement, unknown, null, undefined>;

/**
 * The camera is d3-zoom on the canvas: wheel, trackpad and touch pinch, dragging the background
 * and double-click are its gestures, and every move the map makes itself (Fit, search, keys,
 * following the focus) goes through `zoom.transform` too, so there is one camera state. `moved`
 * hears every change, with `byUser` set when a person moved it (the map then stops refitting).
 */
export class ZoomCamera {
  private readonly behavior: ZoomBehavior<HTMLCanvasElement, unknown>;
  private readonly canvas: Canvas;
  private current: Camera = { k: 1, x: 0, y: 0 };
  /** Set while the map itself asks for a move on the user's behalf (keys). */
  private userMove = false;
  private easing = 0;
  /** Where the eased move under way is going. */
  private target: ZoomTransform | null = null;

  constructor(
    el: HTMLCanvasElement,
    moved: (camera: Camera, byUser: boolean) => void,
    /** Whether nothing may ease (reduced motion; a pop-out while the main window is hidden). */
    private readonly still: () => boolean,
  ) {
    this.canvas = select(el);
    this.behavior = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([MIN_ZOOM, MAX_ZOOM])
      .on('zoom', (e: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
        const { k, x, y } = e.transform;
        this.current = { k, x, y };
        moved(this.current, e.sourceEvent != null || this.userMove);
      });
    this.canvas.call(this.behavior);
  }

  get camera(): Camera {
    return this.current;
  }

  /**
   * The least zoom the user may reach: route strips are read at their own size, and zooming out
   * would only pile their labels up.
   */
  set floor(k: number) {
    this.behavior.scaleExtent([Math.min(k, MAX_ZOOM), MAX_ZOOM]);
  }

  /** Whether an eased move is still under way (the map is not settled until it ends). */
  get moving(): boolean {
    return this.easing > 0;
  }

  /**
   * The handler d3-zoom gave double-click, for clicks that land on no station. Its zoom eases
   * for d3-zoom's own duration, so each call sets it: none when nothing may ease.
   */
  get zoomOnDoubleClick(): ((this: HTMLCanvasElement, e: MouseEvent) => void) | undefined {
    const zoomIn = this.canvas.on('dblclick.zoom') as
      ((this: HTMLCanvasElement, e: MouseEvent) => void) | undefined;
    if (!zoomIn) return undefined;
    const { behavior, still } = this;
    return function (this: HTMLCanvasElement, e: MouseEvent) {
      behavior.duration(still() ? 0 : EASE_MS);
      zoomIn.call(this, e);
    };
  }

  /** Replaces double-click: the map decides whether it unpins a station or zooms. */
  onDoubleClick(handler: (e: MouseEvent) => void): void {
    this.canvas.on('dblclick.zoom', handler);
  }

  /** Moves the camera, easing unless `ease` is false or nothing may ease (`still`). */
  moveTo(c: Camera, ease = true, byUser = false): void {
    const now = this.current;
    if (c.k === now.k && c.x === now.x && c.y === now.y && !this.moving) return;
    const t = zoomIdentity.translate(c.x, c.y).scale(c.k);
    this.userMove = byUser;
    if (!ease || this.still()) {
      this.canvas.interrupt().call((sel) => this.behavior.transform(sel, t));
      this.userMove = false;
      return;
    }
    this.easing++;
    this.target = t;
    // Unnamed, as d3-zoom's own: a wheel or a drag interrupts it.
    this.canvas
      .transition()
      .duration(EASE_MS)
      .call((tr) => this.behavior.transform(tr, t))
      .on('end', () => {
        // d3's zoom interpolation ends a hair away from where it was sent: land exactly.
        this.canvas.call((sel) => this.behavior.transform(sel, t));
        this.easing--;
        this.userMove = false;
        if (this.target === t) this.target = null; // a newer move may have begun
      })
      // Cancel: stopped before it began (a newer move, or `land`).
      .on('interrupt cancel', () => {
        this.easing--;
        this.userMove = false;
        if (this.target === t) this.target = null;
      });
  }

  /** Ends the eased move under way where it was going, at once. */
  land(): void {
    const t = this.target;
    if (!t) return;
    this.canvas.interrupt();
    this.canvas.call((sel) => this.behavior.transform(sel, t));
  }

  /**
   * Keys on the focused canvas: + and − zoom about the centre, arrows pan, 0 fits. Returns
   * whether the key was the camera's.
   */
  key(key: string, fit: () => void): boolean {
    const pan = (dx: number, dy: number) => {
      const c = this.current;
      this.moveTo({ k: c.k, x: c.x + dx, y: c.y + dy }, false, true);
    };
    const zoomBy = (f: number) => {
      this.userMove = true;
      this.behavior.scaleBy(this.canvas, f);
      this.userMove = false;
    };
    const moves: Record<string, () => void> = {
      '+': () => zoomBy(1.25),
      '=': () => zoomBy(1.25),
      '-': () => zoomBy(0.8),
      ArrowLeft: () => pan(PAN_STEP, 0),
      ArrowRight: () => pan(-PAN_STEP, 0),
      ArrowUp: () => pan(0, PAN_STEP),
      ArrowDown: () => pan(0, -PAN_STEP),
      '0': fit,
    };
    const move = moves[key];
    move?.();
    return move !== undefined;
  }

  destroy(): void {
    this.canvas.interrupt().on('.zoom', null);
  }
}
