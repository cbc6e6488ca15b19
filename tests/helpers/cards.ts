/** A box on a canvas or a page: where it starts and how large it is. */
export interface Card {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes share no area (touching edges are apart). */
export const apart = (a: Card, b: Card) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
