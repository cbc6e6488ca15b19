import { warning, type Problem } from '../problem';
import { gauge, type Gauges } from './note-schemas';
import { describeValue, getProperty, type Frontmatter } from './properties';

/** The lowest and highest value of a gauge. */
export const GAUGE_RANGE = { low: 1, high: 5 } as const;

/** A gauge's value: a whole number 1–5, as a number or as text ("4"); null for anything else. */
export function gaugeValue(value: unknown): number | null {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  const whole = typeof value === 'string' ? /^\s*\d+\s*$/.test(value) : Number.isInteger(n);
  return whole && n >= GAUGE_RANGE.low && n <= GAUGE_RANGE.high ? n : null;
}

/**
 * A route's four gauges. One not written is null; one that is not a whole number 1–5 is a
 * warning naming the property and counts as not written. Null when none is written.
 */
export function readGauges(fm: Frontmatter, file: string, problems: Problem[]): Gauges | null {
  let written = false;
  const gauges = {} as Gauges;
  for (const name of gauge.options) {
    const found = getProperty(fm, name);
    const raw = found?.value;
    const value = raw === undefined || raw === null || raw === '' ? null : gaugeValue(raw);
    if (value === null && found && raw !== null && raw !== '')
      problems.push(
        warning(
          file,
          found.key,
          `${describeValue(raw)} is not a whole number from ${GAUGE_RANGE.low} to ${GAUGE_RANGE.high}; the ${name} gauge counts as not written. Write ${GAUGE_RANGE.low} (low) to ${GAUGE_RANGE.high} (high).`,
        ),
      );
    gauges[name] = value;
    if (value !== null) written = true;
  }
  return written ? gauges : null;
}
