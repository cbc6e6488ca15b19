import type { Day } from '../dates';

/** A local calendar day, with a time of day when one matters (`{{time}}`). */
export interface LocalTime {
  day: Day;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

/**
 * Formats a local time with Moment.js tokens (`dddd, MMMM Do YYYY`, `[W]WW`, …) in the user's
 * locale. A port: the plugin passes Obsidian's own `moment`, the CLI the `moment` package, so
 * the model never bundles a date library.
 */
export type DateFormatter = (when: LocalTime, format: string) => string;

/** The one call of moment a formatter needs; Obsidian's export and the package both fit it. */
export type MomentLike = (parts: number[]) => { format: (format: string) => string };

/** A formatter over a `moment` function: the day's own fields, read as local time. */
export function momentFormatter(moment: MomentLike): DateFormatter {
  return (when, format) => {
    const [y, m, d] = when.day.split('-').map(Number) as [number, number, number];
    return moment([y, m - 1, d, when.hours ?? 0, when.minutes ?? 0, when.seconds ?? 0]).format(
      format,
    );
  };
}
