import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayInFileName,
  daysBetween,
  DEFAULT_SETTINGS,
  extractBodyLinks,
  getProperty,
  isJournalFolder,
  isJournalNote,
  isPlainNote,
  readNote,
  lowerCase,
  kindsOfTags,
  parseSettings,
  readTags,
  toDay,
  toHorizon,
} from '../../src/model';

describe('property names', () => {
  // Short frontmatter is scanned, long frontmatter looked up in a map: both must agree.
  it.each([3, 40])('should find any casing, the exact key first, in %i keys', (count) => {
    const fm: Record<string, unknown> = {};
    for (let i = 0; i < count - 3; i++) fm[`other${i}`] = i;
    fm.Status = 'first';
    fm.STATUS = 'second';
    fm.status = 'exact';
    expect(getProperty(fm, 'status')).toEqual({ key: 'status', value: 'exact' });
    expect(getProperty(fm, 'stAtus')).toEqual({ key: 'Status', value: 'first' });
    expect(getProperty(fm, 'steps')).toBeNull();
  });

  // Any casing of any name, ASCII or not: the scan that skips keys by their first letter must
  // find what lower-casing every key finds.
  it('should find a property as lower-casing every key would', () => {
    const name = fc.oneof(
      fc.constantFrom('status', 'tags', '_x', 'İd', '\u212Aey', 'Straße', '', '@at', '[x'),
      fc.string({ maxLength: 6 }),
    );
    const casing = (text: string) =>
      fc
        .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
        .map((up) => [...text].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
    const keys = fc.array(name.chain(casing), { maxLength: 20 });
    fc.assert(
      fc.property(keys, name, (names, wanted) => {
        const fm: Record<string, unknown> = {};
        names.forEach((key, i) => (fm[key] = i));
        const lower = wanted.toLowerCase();
        const key = Object.hasOwn(fm, wanted)
          ? wanted
          : Object.keys(fm).find((k) => k.toLowerCase() === lower);
        expect(getProperty(fm, wanted)).toEqual(key === undefined ? null : { key, value: fm[key] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lower case without copies', () => {
  it('should lower-case any text as toLowerCase does', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'grapheme' }),
          fc.constantFrom('TAGS', 'İ', '\u212Aey', 'Straße'),
        ),
        (text) => {
          expect(lowerCase(text)).toBe(text.toLowerCase());
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('journal folders', () => {
  const settings = { ...DEFAULT_SETTINGS, journalFolders: ['Journal', 'Tagebücher/Täglich'] };
  it.each<[string, boolean]>([
    ['Journal/2026-05-01.md', true],
    ['JOURNAL/2026/05-01.md', true],
    ['journal/x.md', true],
    ['Journals/x.md', false],
    ['Journal', false],
    ['Notes/Journal/x.md', false],
    ['TAGEBÜCHER/TÄGLICH/x.md', true],
    ['Tagebücher/x.md', false],
  ])('should read %s as a journal note: %s', (path, journal) => {
    expect(isJournalNote(path, settings)).toBe(journal);
  });

  it("should tell a folder's journal notes as each note's path does", () => {
    const segment = fc.oneof(
      fc.constantFrom('Journal', 'JOURNAL', 'journals', 'Tagebücher', 'TÄGLICH', 'Täglich', 'x'),
      fc.string({ minLength: 1, maxLength: 4 }).filter((t) => !t.includes('/')),
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), segment, (folders, name) => {
        const folder = folders.join('/');
        const path = folder === '' ? `${name}.md` : `${folder}/${name}.md`;
        expect(isJournalFolder(folder, settings)).toBe(isJournalNote(path, settings));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tags', () => {
  it.each<[unknown, string[]]>([
    [
      ['work/skill', '#Work/Outcome'],
      ['work/skill', 'work/outcome'],
    ],
    ['work/skill, career #later', ['work/skill', 'career', 'later']],
    [2024, ['2024']],
    [[{ a: 1 }, null, 'ok'], ['ok']],
  ])('should read tags %j as %j', (tags, expected) => {
    expect(readTags({ tags })).toEqual(expected);
  });

  // A tag written as one word skips the split; it must read as the split reads it.
  it('should read any tag text as splitting on spaces and commas reads it', () => {
    const split = (text: string) =>
      text
        .split(/[\s,]+/)
        .map((part) => part.replace(/^#+/, '').toLowerCase())
        .filter(Boolean);
    const piece = fc.constantFrom(
      'work/skill',
      'Work/Route',
      '#a',
      '##',
      ' ',
      ',',
      'Ä',
      '\u00a0',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece).map((p) => p.join('')),
        ),
        (text) => {
          expect(readTags({ tags: [text] })).toEqual(split(text));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('should read the legacy tag and Tags keys', () => {
    expect(readTags({ tag: 'a' })).toEqual(['a']);
    expect(readTags({ Tags: 'b' })).toEqual(['b']);
  });

  it('should count nested tags for their parent, not look-alikes', () => {
    expect(kindsOfTags(['work/skill/soft'], DEFAULT_SETTINGS)).toEqual(['skill']);
    expect(kindsOfTags(['work/skills'], DEFAULT_SETTINGS)).toEqual([]);
  });
});

describe('dates', () => {
  it.each<[unknown, string | null]>([
    ['2026-05-01', '2026-05-01'],
    ['2026-05-01T09:30', '2026-05-01'],
    [new Date('2026-05-01T00:00:00Z'), '2026-05-01'],
    ['2026-02-30', null],
    ['2026-5-1', null],
    [' 2026-05-01 ', '2026-05-01'],
    ['2026-05-01 09:30', '2026-05-01'],
    ['2026-05-01x', null],
    ['2026-05-01T09:30\nmore', null],
    ['2024-02-29', '2024-02-29'],
    ['2100-02-29', null],
    ['0000-01-01', null],
    ['２０２６-05-01', null],
    [20260501, null],
    [new Date('nope'), null],
  ])('should read %j as day %j', (value, day) => {
    expect(toDay(value)).toBe(day);
  });

  // The digit-by-digit reader must say what the regex it replaced said, for any text.
  it('should read a day exactly where the YYYY-MM-DD pattern and the calendar allow', () => {
    const days = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(
        ([y, m, d]) =>
          `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    const suffixes = fc.constantFrom('', 'T09:30', ' 09:30', 'x', '\n', ' ', 'T\u2028');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(days, suffixes).map(([a, b]) => a + b),
        ),
        (text) => {
          const trimmed = text.trim();
          const m = /^(\d{4})-(\d{2})-(\d{2})([T ].*)?$/.exec(trimmed);
          const valid =
            m !== null &&
            Number(m[1]) > 0 &&
            !Number.isNaN(Date.parse(`${trimmed.slice(0, 10)}T00:00:00Z`)) &&
            new Date(`${trimmed.slice(0, 10)}T00:00:00Z`)
              .toISOString()
              .startsWith(trimmed.slice(0, 10));
          expect(toDay(text)).toBe(valid ? trimmed.slice(0, 10) : null);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each<[unknown, string | null]>([
    [2028, '2028'],
    ['2028-06', '2028-06'],
    ['2028-13', null],
    ['2028-06-31', null],
  ])('should read horizon %j as %j', (value, horizon) => {
    expect(toHorizon(value)).toBe(horizon);
  });

  it('should find a date in a daily note name', () => {
    expect(dayInFileName('Journal/2026-03-04 standup.md')).toBe('2026-03-04');
    expect(dayInFileName('2026-03-04/notes.md')).toBeNull();
    expect(dayInFileName('v12026-03-045.md')).toBeNull();
  });

  it('should count days across month and year ends', () => {
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-02-27', '2026-03-01')).toBe(2);
  });
});

describe('body links', () => {
  it('should list wikilinks and Markdown links, skipping embeds, code and URLs', () => {
    const body = [
      'See [[A]], [[B#h|shown]] and [c](Folder/C%20d.md).',
      '![[image.png]] ![alt](pic.png) [site](https://x.org)',
      '~~~',
      '[[Fenced]]',
      '~~~',
      'Inline `[[Code]]` stays code.',
    ].join('\n');
    expect(extractBodyLinks(body)).toEqual(['A', 'B#h', 'Folder/C d.md']);
  });
});

describe('settings', () => {
  it('should fill every default from an empty object', () => {
    expect(parseSettings({})).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.tags).toEqual({
      outcome: 'work/outcome',
      skill: 'work/skill',
      route: 'work/route',
      revision: 'work/revision',
    });
  });

  it('should normalise tags and folders', () => {
    const r = parseSettings({ tags: { skill: '#Career/Skill' }, journalFolders: ['/Daily/'] });
    expect(r.ok && r.settings.tags.skill).toBe('career/skill');
    expect(r.ok && r.settings.journalFolders).toEqual(['Daily']);
  });

  it('should refuse bad values and say where they are', () => {
    const r = parseSettings({
      activityDays: 0,
      tags: { route: 'two words' },
      properties: { steps: '' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^activityDays: /),
          expect.stringMatching(/^tags\.route: a tag is one word/),
          expect.stringMatching(/^properties\.steps: a property name cannot be empty/),
        ]),
      );
    }
  });
});

describe('notes that cannot matter', () => {
  const plain = (frontmatter: unknown, path = 'Notes/n.md', bodyLinks: string[] = []) =>
    isPlainNote({ path, mtime: 0, frontmatter, bodyLinks }, DEFAULT_SETTINGS);

  it.each<[unknown, boolean]>([
    [undefined, true],
    [{ tags: ['book'], rating: 4 }, true],
    [{ tags: 'idea, person' }, true],
    [{ Tags: ['#work/skill/soft'] }, false],
    [{ aliases: ['x'] }, false],
    [{ Evidence: '[[A]]' }, false],
    [['a list'], false],
  ])('should tell whether %j can be skipped: %s', (fm, expected) => {
    expect(plain(fm)).toBe(expected);
  });

  // The full index skips a plain note without reading it: reading it must give nothing.
  it('should call a note plain only when reading it gives nothing', () => {
    const key = fc.constantFrom(
      'tags',
      'Tags',
      'TAG',
      'aliases',
      'Alias',
      'evidence',
      'EVIDENCE',
      'status',
      'rating',
      'créé',
    );
    const text = fc.oneof(
      fc.constantFrom(
        'book',
        'idea',
        'work/skill',
        '#Work/Route',
        'WORK/OUTCOME/x',
        'a, work/revision',
        'İ',
        '[[A]]',
      ),
      fc.string({ maxLength: 12 }),
    );
    const value = fc.oneof(
      text,
      fc.integer(),
      fc.array(fc.oneof(text, fc.integer()), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 4 }), (frontmatter) => {
        const input = { path: 'Notes/n.md', mtime: 0, frontmatter };
        if (!isPlainNote(input, DEFAULT_SETTINGS)) return;
        const note = readNote(input, DEFAULT_SETTINGS);
        expect([note.props, note.evidence, note.aliases, note.problems]).toEqual([
          null,
          null,
          [],
          [],
        ]);
      }),
      { numRuns: 3000 },
    );
  });

  it('should keep journal notes with body links, and notes with problems', () => {
    expect(plain(undefined, 'Journal/2026-01-01.md', ['A'])).toBe(false);
    expect(plain(undefined, 'Notes/2026-01-01.md', ['A'])).toBe(true);
    expect(isPlainNote({ path: 'x.md', mtime: 0, frontmatterError: 'bad' }, DEFAULT_SETTINGS)).toBe(
      false,
    );
  });
});
