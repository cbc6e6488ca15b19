import type { CarryOver } from '../analyze/carries-over';
import type { NextStep } from '../analyze/next-steps';
import type { Pace } from '../analyze/pace';
import { gauge, type GaugeName, type Gauges } from '../read/note-schemas';
import { andList, plural } from '../words';

// What to do next, when a route arrives, what carries over and how the gauges move, in the
// words the report, the revision note, the code block and the map all use.

/** A note's name as the output writes it: a title, or a link. */
type Name = (id: string) => string;

/** "1.5", "2": one decimal, without a trailing ".0". */
const oneDecimal = (x: number) => String(Math.round(x * 10) / 10);

/** A window of days in words: "6 months" for 180 days, "45 days" otherwise. */
export const windowText = (days: number) =>
  days % 30 === 0 ? plural(days / 30, 'month') : plural(days, 'day');

/** Steps a month in words: "1 step every 2 months", "1.5 steps a month". */
export function paceText(pace: number): string {
  const every = oneDecimal(1 / pace);
  return pace >= 1 || every === '1'
    ? `${plural(Number(oneDecimal(pace)), 'step')} a month`
    : `1 step every ${every} months`;
}

/** Why a next step: what it is next on, and how many routes and outcomes it keeps open. */
export function nextStepWhy(s: Pick<NextStep, 'nextOn' | 'onRoutes' | 'outcomes'>, name: Name) {
  return `next on ${andList(s.nextOn.map(name))}; keeps ${plural(s.onRoutes.length, 'route')} and ${plural(s.outcomes.length, 'outcome')} open`;
}

/** One ranked next step: the stone, then why. */
export function nextStepText(
  s: Pick<NextStep, 'stone' | 'nextOn' | 'onRoutes' | 'outcomes'>,
  name: Name,
): string {
  return `${name(s.stone)}: ${nextStepWhy(s, name)}`;
}

/** What the route records say about pace and arrival. */
export type RoutePace = Pace & { status: string; live: boolean; resting: boolean };

/** "Four-day work week's", "Work on climate problems'" (a link's brackets looked past). */
const possessive = (name: string) => (/s\]*$/i.test(name) ? `${name}'` : `${name}'s`);

/** Each outcome's horizon against the arrival: "before Four-day work week's 2028". */
function horizonsText(r: Pace, name: Name): string {
  return r.horizons
    .filter((h) => h.onTime !== null)
    .map((h) =>
      h.onTime
        ? `before ${possessive(name(h.outcome))} ${h.horizon}`
        : `late for ${possessive(name(h.outcome))} ${h.horizon} by ${plural(h.daysLate, 'day')}`,
    )
    .join(', ');
}

/**
 * A route's pace and arrival in words: "at 1 step every 2 months: about 2027-06, before
 * Four-day work week's 2028". A resting route is paused, never late; a closed one has none.
 */
export function arrivalText(r: RoutePace, name: Name, windowDays: number): string {
  if (r.resting) return `resting (${r.status}): no pace, never late`;
  if (!r.live) return `${r.status}: no pace or arrival`;
  const horizons = horizonsText(r, name);
  const against = horizons ? `, ${horizons}` : '';
  if (r.arrived)
    return `arrived: every step done${r.arrival ? ` (the last on ${r.arrival})` : ''}${against}`;
  if (r.remaining === 0) return 'no steps yet: nothing to pace';
  if (r.pace === null || r.pace === 0 || r.arrival === null)
    return `no step completed in ${windowText(windowDays)}: no arrival at this pace (${plural(r.remaining, 'step')} to go)`;
  return `at ${paceText(r.pace)}: about ${r.arrival.slice(0, 7)}${against} (${plural(r.remaining, 'step')} to go)`;
}

/** What a route's done stones mean for the live routes that also use them. */
export function carriesOverText(
  r: { live: boolean; resting: boolean; carriesOver: CarryOver[] },
  name: Name,
): string {
  const items = r.carriesOver.map((c) => `${name(c.stone)} (to ${andList(c.routes.map(name))})`);
  return r.live && !r.resting
    ? `head start: ${andList(items)}`
    : `carries over ${andList(items)}; the rest stays experience of this route`;
}

/** How a gauge moved since the previous revision; null when one of the two is not written. */
export type GaugeChange = 'up' | 'down' | 'same' | null;

/** One gauge of a route now and as the previous revision recorded it. */
export interface GaugeReading {
  gauge: GaugeName;
  now: number | null;
  before: number | null;
  /** Whether it differs from what the previous revision recorded (false without one). */
  changed: boolean;
  change: GaugeChange;
}

/** A route's four gauges, each with its change: what the words and the map's bars show. */
export function gaugeReadings(r: {
  gauges: Gauges | null;
  gaugesBefore: Gauges | null;
}): GaugeReading[] {
  return gauge.options.map((g) => {
    const now = r.gauges?.[g] ?? null;
    const before = r.gaugesBefore?.[g] ?? null;
    const change: GaugeChange =
      now === null || before === null ? null : now > before ? 'up' : now < before ? 'down' : 'same';
    return { gauge: g, now, before, changed: r.gaugesBefore !== null && now !== before, change };
  });
}

/**
 * A route's gauges with their change: "resources 3, likeability 4, confidence 3 → 4,
 * coherence 5 (changed since 2026-10-01)". Null when none is written now or was recorded then.
 */
export function gaugesText(
  r: { gauges: Gauges | null; gaugesBefore: Gauges | null },
  since: string | null,
): string | null {
  if (!r.gauges && !r.gaugesBefore) return null;
  const readings = gaugeReadings(r);
  const parts = readings.map(({ gauge: g, now, before, changed }) =>
    changed ? `${g} ${before ?? '–'} → ${now ?? '–'}` : `${g} ${now ?? '–'}`,
  );
  const when =
    r.gaugesBefore && since
      ? ` (${readings.some((g) => g.changed) ? 'changed' : 'unchanged'} since ${since})`
      : '';
  return `${parts.join(', ')}${when}`;
}
