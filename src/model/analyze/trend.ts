import type { Day } from '../dates';
import type { TrendMonth } from './records';

/** How many calendar months a trend covers, the current one last. */
const TREND_MONTHS = 6;

/** `YYYY-MM` of the month `back` months before the month of `today`. */
export function monthBefore(today: Day, back: number): string {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7)) - 1 - back;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/** Empty months for the trend ending in today's month, oldest first. */
export function emptyTrend(today: Day): TrendMonth[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => ({
    month: monthBefore(today, TREND_MONTHS - 1 - i),
    wins: 0,
    setbacks: 0,
    insights: 0,
    shifts: 0,
    stepsCompleted: 0,
  }));
}

/** The trend month a day falls in, or undefined when it is older than the trend. */
export function monthOf(trend: TrendMonth[], day: Day): TrendMonth | undefined {
  const month = day.slice(0, 7);
  return trend.find((t) => t.month === month);
}
