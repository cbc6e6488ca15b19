import { shortMonth, trendText, type TrendMonth } from '../../model';

const SVG = 'http://www.w3.org/2000/svg';
/**
 * Drawing units (drawn at twice their size): one column per month, wins above the base line,
 * setbacks below, the month's name under its column.
 */
const COLUMN = 14;
const BAR = 8;
const MARK_Y = 3;
const BASE_Y = 20;
const HALF = 12;
/** The month names' base line and size: 6 units are 12 px on screen. */
const MONTH_Y = BASE_Y + HALF + 7;
const MONTH_SIZE = 6;

/**
 * A route's last six months as a small SVG: a bar up for the month's wins, a bar down for its
 * setbacks, a dot above the months a step was completed, and each month's name below, so the
 * line can be checked against the words. Sizes are attributes, colours are theme variables
 * (CSS classes), and the numbers are its accessible name.
 */
export function renderSparkline(parent: HTMLElement, trend: readonly TrendMonth[]): SVGSVGElement {
  const doc = parent.ownerDocument;
  const svg = doc.createElementNS(SVG, 'svg');
  const width = trend.length * COLUMN;
  const height = MONTH_Y + 2;
  // Its text alternative: the numbers, as the text report prints them.
  const text = trendText(trend);
  const attrs = (el: Element, a: Record<string, string | number>) => {
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, String(v));
    return el;
  };
  attrs(svg, {
    class: 'work-model-spark',
    viewBox: `0 0 ${width} ${height}`,
    width: width * 2,
    height: height * 2,
    role: 'img',
    'aria-label': text,
  });
  svg.appendChild(doc.createElementNS(SVG, 'title')).textContent = text;
  // Bars scale to the route's own busiest month, so a quiet route still shows its shape.
  const most = Math.max(1, ...trend.map((t) => Math.max(t.wins, t.setbacks)));
  const bar = (i: number, n: number, up: boolean) => {
    if (n === 0) return;
    const h = Math.max(2, (n / most) * HALF);
    svg.appendChild(
      attrs(doc.createElementNS(SVG, 'rect'), {
        class: up ? 'work-model-spark-win' : 'work-model-spark-setback',
        x: i * COLUMN + (COLUMN - BAR) / 2,
        y: up ? BASE_Y - h : BASE_Y,
        width: BAR,
        height: h,
      }),
    );
  };
  trend.forEach((t, i) => {
    const name = attrs(doc.createElementNS(SVG, 'text'), {
      class: 'work-model-spark-month',
      x: i * COLUMN + COLUMN / 2,
      y: MONTH_Y,
      'font-size': MONTH_SIZE,
      'text-anchor': 'middle',
      'aria-hidden': 'true',
    });
    name.textContent = shortMonth(t.month);
    svg.appendChild(name);
    bar(i, t.wins, true);
    bar(i, t.setbacks, false);
    if (t.stepsCompleted > 0) {
      svg.appendChild(
        attrs(doc.createElementNS(SVG, 'circle'), {
          class: 'work-model-spark-step',
          cx: i * COLUMN + COLUMN / 2,
          cy: MARK_Y,
          r: 2.5,
        }),
      );
    }
  });
  svg.appendChild(
    attrs(doc.createElementNS(SVG, 'line'), {
      class: 'work-model-spark-base',
      x1: 0,
      x2: width,
      y1: BASE_Y,
      y2: BASE_Y,
    }),
  );
  parent.appendChild(svg);
  return svg;
}
