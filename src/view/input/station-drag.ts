import { drag, type D3DragEvent } from 'd3-drag';
import { select } from 'd3-selection';
import type { Point } from './camera';

/**
 * A press on a station, as d3-drag's subject: the station and where it was on screen. d3-drag
 * moves the subject by as much as the pointer moves, so a station keeps its offset from the
 * pointer rather than jumping under it.
 */
interface Press {
  key: string;
  x: number;
  y: number;
  x0: number;
  y0: number;
  moved: boolean;
}

/** A pointer that moves less than this from a press is still a click. */
const CLICK_SLOP = 4;

/**
 * d3-drag moves stations with a mouse or pen: a press on a station (its subject, found by `hit`)
 * is dragged, in screen pixels; a press on the background has no subject, so d3-zoom pans. A
 * finger is left to d3-zoom: on touch, moving from a station pans the map. It is registered
 * before d3-zoom, so a press on a station never also pans.
 */
export function bindStationDrag(
  canvas: HTMLCanvasElement,
  /** The station under a point, with its centre on screen. */
  hit: (at: Point) => { key: string; at: Point } | null,
  on: {
    move(key: string, at: Point): void;
    drop(key: string): void;
  },
): () => void {
  const behavior = drag<HTMLCanvasElement, unknown, Press | undefined>()
    .container(canvas)
    .filter((e: MouseEvent) => !e.ctrlKey && !e.button)
    .touchable(false)
    .clickDistance(CLICK_SLOP)
    .subject((e: D3DragEvent<HTMLCanvasElement, unknown, unknown>) => {
      const found = hit({ x: e.x, y: e.y });
      if (!found) return undefined;
      const { x, y } = found.at;
      return { key: found.key, x, y, x0: x, y0: y, moved: false };
    })
    .on('drag', (e: D3DragEvent<HTMLCanvasElement, unknown, Press>) => {
      const p = e.subject;
      if (!p.moved && Math.hypot(e.x - p.x0, e.y - p.y0) < CLICK_SLOP) return;
      p.moved = true;
      on.move(p.key, { x: e.x, y: e.y });
    })
    .on('end', (e: D3DragEvent<HTMLCanvasElement, unknown, Press>) => {
      if (e.subject.moved) on.drop(e.subject.key);
    });
  const selection = select(canvas).call(behavior);
  return () => selection.on('.drag', null);
}
