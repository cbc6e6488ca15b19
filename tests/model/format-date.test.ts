import moment from 'moment';
import { describe, expect, it } from 'vitest';
import { momentFormatter } from '../../src/model';

// The model formats through whatever moment it is given; here the package, as the CLI does.
const formatDate = momentFormatter(moment);

describe('momentFormatter', () => {
  it.each([
    ['YYYY-MM-DD [revision]', '2026-03-01 revision'],
    ['dddd, MMMM Do YYYY', 'Sunday, March 1st 2026'],
    ['[W]WW', 'W09'],
    ['gggg-[W]ww-e', '2026-W10-0'],
    ['ddd Do MMM YY', 'Sun 1st Mar 26'],
    ['Q/DDDD', '1/060'],
    ['[Q] M/D', 'Q 3/1'],
  ])('should format 2026-03-01 with %j as %j', (format, text) => {
    expect(formatDate({ day: '2026-03-01' }, format)).toBe(text);
  });

  it.each([
    [2, '2nd'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [23, '23rd'],
  ])('should write day %i as %s', (d, text) => {
    expect(formatDate({ day: `2026-03-${String(d).padStart(2, '0')}` }, 'Do')).toBe(text);
  });

  it('should read the day and time as local time, not shifted by a time zone', () => {
    expect(
      formatDate({ day: '2026-12-31', hours: 23, minutes: 5, seconds: 9 }, 'YYYY-MM-DD HH:mm:ss A'),
    ).toBe('2026-12-31 23:05:09 PM');
    expect(formatDate({ day: '2026-12-31', hours: 9, minutes: 5 }, 'h:mm a')).toBe('9:05 am');
  });
});
