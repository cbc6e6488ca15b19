import { pointer, select } from 'd3-selection';
import type { Point } from './camera';
import type { OpenEvent } from './open-event';

/** What a pointer or key on the canvas means to the map, once d3-zoom and d3-drag had theirs. */
export interface CanvasEvents {
  /**
   * The pointer moved over the canvas (not touch, which has no hover); null when it left. Not
   * while a button is held: the press drags a station or pans, and what is hovered stays as it
   * was at the press (the hit test would not yet know where a dragged station went).
   */
  hover(at: Point | null): void;
  /** A click or a tap that neither panned nor dragged; `touch` when a finger made it. */
  click(at: Point, touch: boolean, event: OpenEvent): void;
  /** A double-click; returns whether it was used (otherwise d3-zoom zooms in). */
  doubleClick(at: Point): boolean;
  /** A key on the focused canvas; returns whether it was used. */
  key(key: string): boolean;
}

/**
 * Listens on the canvas through d3-selection for what is left after d3-zoom and d3-drag:
 * hover, click or tap, double-click and keys, in CSS pixels from the canvas's corner. A click
 * after a pan or a drag never arrives: both behaviours swallow it.
 */
export function bindCanvasEvents(
  canvas: HTMLCanvasElement,
  events: CanvasEvents,
  zoomOnDoubleClick: ((this: HTMLCanvasElement, e: MouseEvent) => void) | undefined,
  setDoubleClick: (handler: (e: MouseEvent) => void) => void,
): () => void {
  const at = (e: MouseEvent): Point => {
    const [x, y] = pointer(e, canvas);
    return { x, y };
  };
  const selection = select(canvas)
    .on('pointermove.map', (e: PointerEvent) => {
      if (e.pointerType !== 'touch' && e.buttons === 0) events.hover(at(e));
    })
    .on('pointerleave.map', (e: PointerEvent) => {
      if (e.buttons === 0) events.hover(null);
    })
    .on('click.map', (e: MouseEvent) =>
      events.click(at(e), (e as PointerEvent).pointerType === 'touch', e),
    )
    .on('keydown.map', (e: KeyboardEvent) => {
      if (events.key(e.key)) e.preventDefault();
    });
  setDoubleClick((e) => {
    if (!events.doubleClick(at(e))) zoomOnDoubleClick?.call(canvas, e);
  });
  return () => selection.on('.map', null);
}
