// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { formatDate as cliFormat } from '../../src/cli/format-date';
import { formatDate as pluginFormat } from '../../src/obsidian/format-date';

// The plugin's formatter runs on the stand-in's moment (English, as Obsidian set to English).
describe('dates in the CLI', () => {
  it.each([
    ['dddd, MMMM Do YYYY', 'Monday, May 4th 2026'],
    ['[W]WW', 'W19'],
    ['YYYY-MM-DD [revision]', '2026-05-04 revision'],
    ['ddd D MMM, HH:mm', 'Mon 4 May, 09:05'],
  ])('should accept %j as the plugin does, giving %j', (format, text) => {
    const when = { day: '2026-05-04', hours: 9, minutes: 5 };
    expect(cliFormat(when, format)).toBe(text);
    expect(pluginFormat(when, format)).toBe(text);
  });
});
