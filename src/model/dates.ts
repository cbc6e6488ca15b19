/** A calendar day as `YYYY-MM-DD`. All model arithmetic happens on these strings' UTC days. */
export type Day = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  // Plain arithmetic: this runs for every dated note, and Date objects cost more.
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
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
  const head = value.trim().slice(0, 10);
  return isDay(head) && /^(\d{4}-\d{2}-\d{2})([T ].*)?$/.test(value.trim()) ? head : null;
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
