const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|HH|H|mm|ss/g;

const pad = (n: number) => String(n).padStart(2, '0');
const ordinal = (n: number) => {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen
    ? 'th'
    : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/**
 * Formats a date with the common Moment.js tokens (YYYY YY MMMM MMM MM M DD D Do dddd ddd HH
 * H mm ss); text in [brackets] is kept as written, anything else passes through. The date's
 * own fields are used as given (a day string is read as that calendar day).
 */
export function formatDate(
  when: { day: string; hours?: number; minutes?: number; seconds?: number },
  format: string,
): string {
  const [y, m, d] = when.day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const h = when.hours ?? 0;
  return format.replace(TOKENS, (token, literal: string | undefined) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case 'YYYY':
        return String(y).padStart(4, '0');
      case 'YY':
        return pad(y % 100);
      case 'MMMM':
        return MONTHS[m - 1] ?? '';
      case 'MMM':
        return (MONTHS[m - 1] ?? '').slice(0, 3);
      case 'MM':
        return pad(m);
      case 'M':
        return String(m);
      case 'DD':
        return pad(d);
      case 'D':
        return String(d);
      case 'Do':
        return ordinal(d);
      case 'dddd':
        return DAYS[weekday] ?? '';
      case 'ddd':
        return (DAYS[weekday] ?? '').slice(0, 3);
      case 'HH':
        return pad(h);
      case 'H':
        return String(h);
      case 'mm':
        return pad(when.minutes ?? 0);
      default:
        return pad(when.seconds ?? 0);
    }
  });
}
