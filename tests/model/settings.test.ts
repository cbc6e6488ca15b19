import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, repairSettings } from '../../src/model';

/** The errors of settings that must be refused. */
const errorsOf = (raw: unknown): string[] => {
  const r = parseSettings(raw);
  if (r.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return r.errors;
};

/** Every key and the type of every value, nested: what the rest of the plugin relies on. */
const shapeOf = (value: unknown): unknown =>
  Array.isArray(value)
    ? 'list'
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]))
      : typeof value;

describe('reading settings', () => {
  it.each([['text'], [5], [true], [[]], [[{ staleDays: 5 }]]])(
    'should refuse %j as the whole settings and fall back to every default',
    (raw) => {
      expect(errorsOf(raw)).toEqual([
        expect.stringMatching(/^settings: .* is not a group of settings$/),
      ]);
      expect(repairSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
    },
  );

  it('should read a missing or null settings file as every default', () => {
    expect(parseSettings(undefined)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(parseSettings(null)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('should refuse a list or a value where a group of settings belongs', () => {
    expect(errorsOf({ tags: [], view: 'big', folders: null })).toEqual([
      'tags: a list is not a group of settings',
      'folders: an empty value is not a group of settings',
      'view: "big" is not a group of settings',
    ]);
  });

  it.each([NaN, Infinity, -Infinity, 2.5, 0, 3651, -3, '60', null, [60], true])(
    'should refuse staleDays = %j: days are a whole number from 1 to 3650',
    (staleDays) => {
      expect(errorsOf({ staleDays })).toEqual(['staleDays: a number of days from 1 to 3650']);
    },
  );

  it('should accept whole numbers at both ends of their range', () => {
    const r = parseSettings({
      staleDays: 3650,
      activityDays: 1,
      advancementDays: 3650,
      view: { nodeCap: 50 },
    });
    expect(
      r.ok && [
        r.settings.staleDays,
        r.settings.activityDays,
        r.settings.advancementDays,
        r.settings.view.nodeCap,
      ],
    ).toEqual([3650, 1, 3650, 50]);
    expect(errorsOf({ view: { nodeCap: 20001 } })).toEqual([
      'view.nodeCap: a number of nodes from 50 to 20000',
    ]);
  });

  it('should ignore prototype keys and never copy them into the settings', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__": {"staleDays": 5, "polluted": true}, "constructor": {"prototype": 1},' +
        ' "hasOwnProperty": 1, "toString": "x", "tags": {"__proto__": {"skill": "evil"}}}',
    );
    const r = parseSettings(raw);
    expect(r).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    const settings = r.ok ? r.settings : DEFAULT_SETTINGS;
    expect(Object.getPrototypeOf(settings)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(settings.tags)).toBe(Object.prototype);
    expect(Object.keys(settings)).toEqual(Object.keys(DEFAULT_SETTINGS));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('should not take a setting that only exists on the prototype of the input', () => {
    const raw = Object.create({ staleDays: 5 }) as unknown;
    expect(parseSettings(raw)).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('should drop unknown keys at every level, such as the saved map positions', () => {
    const r = parseSettings({
      positions: { 'a.md': [1, 2] },
      tags: { skill: 'career/skill', colour: 'red' },
      view: { zoom: 3 },
    });
    expect(r.ok && r.settings).toEqual({
      ...DEFAULT_SETTINGS,
      tags: { ...DEFAULT_SETTINGS.tags, skill: 'career/skill' },
    });
  });

  it('should fill a partial group from the defaults', () => {
    const r = parseSettings({ view: { nodeCap: 500 }, folders: { routes: 'Paths' } });
    expect(r.ok && r.settings.view).toEqual({ ...DEFAULT_SETTINGS.view, nodeCap: 500 });
    expect(r.ok && r.settings.folders).toEqual({ ...DEFAULT_SETTINGS.folders, routes: 'Paths' });
  });

  it('should normalise text: tags lower case without #, folders without slashes, names trimmed', () => {
    const r = parseSettings({
      tags: { outcome: '  #Career/Goal ' },
      folders: { skills: ' \\Work\\Stones/ ' },
      properties: { steps: ' path ' },
      revisionTemplate: ' Templates/Revision.md ',
      journalFolders: ['//Daily//', ''],
    });
    expect(r.ok && r.settings.tags.outcome).toBe('career/goal');
    expect(r.ok && r.settings.folders.skills).toBe('Work/Stones');
    expect(r.ok && r.settings.properties.steps).toBe('path');
    expect(r.ok && r.settings.revisionTemplate).toBe('Templates/Revision.md');
    expect(r.ok && r.settings.journalFolders).toEqual(['Daily', '']);
  });

  it('should name each bad value with its path and say what is wrong', () => {
    expect(
      errorsOf({
        tags: { skill: 5, route: '#' },
        properties: { outcomes: 'a:b' },
        folders: { outcomes: 'a/../b' },
        journalFolders: ['Daily', '..', 7],
        journalBodyLinks: 'yes',
        revisionFileFormat: ' ',
        view: { hiddenRouteStatuses: ['paused', 'Sleeping'], showStale: 1 },
      }),
    ).toEqual([
      'tags.skill: 5 (a number) is not text',
      'tags.route: a tag is one word without spaces, commas or #',
      'properties.outcomes: a property name cannot contain ":" or line breaks',
      'folders.outcomes: a folder cannot contain ".."',
      'journalFolders.1: a folder cannot contain ".."',
      'journalFolders.2: 7 (a number) is not text',
      'journalBodyLinks: "yes" is not true or false',
      'revisionFileFormat: a file name format cannot be empty',
      'view.showStale: 1 (a number) is not true or false',
      'view.hiddenRouteStatuses.1: "Sleeping" is not a route status; use one of: exploring, active, paused, dropped, reached',
    ]);
  });

  it('should refuse a list with a hole rather than read half of it', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
    expect(errorsOf({ journalFolders: ['Daily', , 'Log'] })).toEqual([
      'journalFolders.1: an empty value is not text',
    ]);
  });

  it('should repair by resetting only the bad values, a bad list item resetting its list', () => {
    const { settings, errors } = repairSettings({
      staleDays: 14,
      advancementDays: 2.5,
      journalFolders: ['Daily', '../Secrets'],
      tags: { route: 'career/route', skill: 'two words' },
    });
    expect(errors).toHaveLength(3);
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      staleDays: 14,
      tags: { ...DEFAULT_SETTINGS.tags, route: 'career/route' },
    });
  });

  it('should read the two windows, 30 and 180 days by default', () => {
    expect([DEFAULT_SETTINGS.activityDays, DEFAULT_SETTINGS.advancementDays]).toEqual([30, 180]);
    expect(errorsOf({ advancementDays: 0 })).toEqual([
      'advancementDays: a number of days from 1 to 3650',
    ]);
  });

  it('should read the single window of older settings as the activity window', () => {
    const r = parseSettings({ momentumDays: 14 });
    expect(r.ok && [r.settings.activityDays, r.settings.advancementDays]).toEqual([14, 180]);
    expect(r.ok && 'momentumDays' in r.settings).toBe(false);
    // A new key written next to the old one wins.
    const both = parseSettings({ momentumDays: 14, activityDays: 21 });
    expect(both.ok && both.settings.activityDays).toBe(21);
  });

  it('should give each reading its own lists, so changing one never changes the defaults', () => {
    const r = parseSettings({});
    if (r.ok) r.settings.journalFolders.push('Mine');
    expect(DEFAULT_SETTINGS.journalFolders).toEqual(['Journal']);
  });

  // Raw values that look like settings some of the time: known keys (and prototype keys) with
  // any JSON value, groups with known keys, and any JSON at all.
  const keys = [...Object.keys(DEFAULT_SETTINGS), '__proto__', 'constructor'];
  const groupKeys = [
    ...new Set(Object.values(DEFAULT_SETTINGS).flatMap((v) => Object.keys(v as object))),
  ];
  const settingsLike = fc.dictionary(
    fc.constantFrom(...keys),
    fc.oneof(fc.jsonValue(), fc.dictionary(fc.constantFrom(...groupKeys), fc.jsonValue())),
  );

  it('should, for any JSON, never throw and give valid settings or messages', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), settingsLike), (value) => {
        const raw: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
        const r = parseSettings(raw);
        const { settings, errors } = repairSettings(raw);
        expect(shapeOf(settings)).toEqual(shapeOf(DEFAULT_SETTINGS));
        // Whatever was read is itself valid settings, read back unchanged.
        expect(parseSettings(JSON.parse(JSON.stringify(settings)))).toEqual({ ok: true, settings });
        if (r.ok) expect(r.settings).toEqual(settings);
        else {
          expect(r.errors).toEqual(errors);
          expect(errors.length).toBeGreaterThan(0);
          for (const e of errors) expect(e).toMatch(/^[\w.]+: \S/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
