/** A calendar day as `YYYY-MM-DD`. All model arithmetic happens on these strings' UTC days. */
export type Day = string;

const MS_PER_DAY = 86_400_000;

/** The number written by the ASCII digits `text[from..to)`, or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Whether `value` is exactly `YYYY-MM-DD`, a real calendar day. Read digit by digit: this runs
 * for every dated note of a full index, and a regex match allocates its groups.
 */
export function isDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 7);
  const d = digits(value, 8, 10);
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false; // there is no year 0000
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days =
    mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return d <= days;
}

/**
 * A date from frontmatter: Obsidian hands over strings, YAML parsers (gray-matter) hand over
 * `Date` objects at UTC midnight. A time part (`2026-05-01T09:30`) is dropped.
 */
export function toDay(value: unknown): Day | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text.length === 10) return isDay(text) ? text : null;
  // A day, then a time after `T` or a space, on one line.
  const head = text.slice(0, 10);
  const sep = text.charAt(10);
  return isDay(head) && (sep === 'T' || sep === ' ') && !/[\n\r\u2028\u2029]/.test(text)
    ? head
    : null;
}

/** The local calendar day of a timestamp (file modification times). */
export function dayOfTime(ms: number): Day {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// No lookbehind: iOS Safari before 16.4 cannot parse it. One object, reset on each use: a
// literal in the function and `matchAll` (which copies it) cost more than the match itself.
const DAY_IN_NAME = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?!\d)/g;

/** The first valid `YYYY-MM-DD` inside a file name, as daily notes carry. */
export function dayInFileName(path: string): Day | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  DAY_IN_NAME.lastIndex = 0;
  for (let m = DAY_IN_NAME.exec(name); m !== null; m = DAY_IN_NAME.exec(name)) {
    if (m[1] && isDay(m[1])) return m[1];
  }
  return null;
}

export function addDays(day: Day, n: number): Day {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / MS_PER_DAY);
}

/** An outcome horizon: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; YAML may give the year as a number. */
export function toHorizon(value: unknown): string | null {
  if (value instanceof Date) return toDay(value);
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const t = text.trim();
  if (/^\d{4}$/.test(t)) return t;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(t)) return t;
  return isDay(t) ? t : null;
}

/** First and last day an outcome horizon (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers. */
export function horizonSpan(h: string): [Day, Day] {
  if (h.length === 4) return [`${h}-01-01`, `${h}-12-31`];
  if (h.length === 7) {
    const year = Number(h.slice(0, 4));
    const month = Number(h.slice(5, 7));
    const next =
      month === 12
        ? `${String(year + 1).padStart(4, '0')}-01-01`
        : `${h.slice(0, 4)}-${String(month + 1).padStart(2, '0')}-01`;
    return [`${h}-01`, addDays(next, -1)];
  }
  return [h, h];
}
