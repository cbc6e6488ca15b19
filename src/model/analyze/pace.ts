import { addDays, daysBetween, horizonSpan, type Day } from '../dates';

/** Whether a route arrives by one of its outcomes' horizons. */
export interface HorizonCheck {
  outcome: string;
  /** As written: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  horizon: string;
  /** Arrival on or before the horizon's last day; null without an arrival. */
  onTime: boolean | null;
  /** Days from the horizon's last day to the arrival when late; else 0. */
  daysLate: number;
}

/** How fast a route moves and when it gets there at that pace. */
export interface Pace {
  /** Steps a month completed in the advancement window; null unless the route is live. */
  pace: number | null;
  /** Steps not done, a missing step included. */
  remaining: number;
  /**
   * Today + remaining steps at this pace; for an arrived route its last step's day. Null
   * without a pace, without a known day, or for a route that is not live.
   */
  arrival: Day | null;
  /** A live route with steps, every one done. */
  arrived: boolean;
  /** Each live outcome with a horizon, checked against the arrival. */
  horizons: HorizonCheck[];
}

export interface PaceInput {
  /** Live and not resting: only such a route moves. */
  live: boolean;
  /** Its steps, missing ones included. */
  steps: number;
  remaining: number;
  /** Days its steps were completed, up to today. */
  completed: readonly Day[];
  /** Its live outcomes that have a horizon. */
  outcomes: readonly { id: string; horizon: string }[];
}

/** A days-long window's completions as steps a month: months are counted as 30 days. */
const DAYS_A_MONTH = 30;

/** Pace and arrival of a route on `today`, over an advancement window of `windowDays`. */
export function paceOf(route: PaceInput, today: Day, windowDays: number): Pace {
  const start = addDays(today, -(windowDays - 1));
  const inWindow = route.completed.filter((d) => d >= start && d <= today).length;
  const arrived = route.live && route.steps > 0 && route.remaining === 0;
  let arrival: Day | null = null;
  if (route.live && arrived)
    arrival = route.completed.reduce<Day | null>((a, d) => (a === null || d > a ? d : a), null);
  else if (route.live && route.remaining > 0 && inWindow > 0)
    arrival = addDays(today, Math.round((route.remaining * windowDays) / inWindow));
  return {
    pace: route.live ? inWindow / (windowDays / DAYS_A_MONTH) : null,
    remaining: route.remaining,
    arrival,
    arrived,
    horizons: route.outcomes.map((o) => {
      const end = horizonSpan(o.horizon)[1];
      const onTime = arrival === null ? null : arrival <= end;
      return {
        outcome: o.id,
        horizon: o.horizon,
        onTime,
        daysLate: onTime === false && arrival !== null ? daysBetween(end, arrival) : 0,
      };
    }),
  };
}
