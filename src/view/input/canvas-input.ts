import type { Gestures, Point } from './gestures';

/**
 * Feeds the canvas's pointer, wheel and key events to the gestures, in CSS pixels from the
 * canvas's corner; the gestures themselves never touch the DOM, so they are tested headless.
 * `pane` is the size the arrow keys pan across; `leave` runs when the pointer leaves the
 * canvas. Every listener goes with `signal`.
 */
export function bindCanvasInput(
  c: HTMLCanvasElement,
  gestures: Gestures,
  pane: () => { width: number; height: number },
  leave: () => void,
  signal: AbortSignal,
): void {
  const local = (e: MouseEvent): Point => {
    const r = c.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const input = (e: PointerEvent) => ({
    ...local(e),
    id: e.pointerId,
    touch: e.pointerType === 'touch',
    source: e,
  });
  c.addEventListener(
    'pointerdown',
    (e) => {
      try {
        c.setPointerCapture(e.pointerId);
      } catch {
        // A pointer already gone (or a synthetic one) cannot be captured; the gesture still works.
      }
      gestures.down(input(e));
    },
    { signal },
  );
  c.addEventListener('pointermove', (e) => gestures.move(input(e)), { signal });
  c.addEventListener('pointerup', (e) => gestures.up(input(e)), { signal });
  c.addEventListener('pointercancel', (e) => gestures.up(input(e), true), { signal });
  c.addEventListener('pointerleave', leave, { signal });
  c.addEventListener('dblclick', (e) => gestures.doubleClick(local(e)), { signal });
  c.addEventListener(
    'wheel',
    (e) => {
      e.preventDefault();
      gestures.wheel(local(e), e.deltaY, e.ctrlKey);
    },
    { signal, passive: false },
  );
  c.addEventListener(
    'keydown',
    (e) => {
      if (gestures.key(e.key, pane())) e.preventDefault();
    },
    { signal },
  );
}
