import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkGraph,
  DEFAULT_SETTINGS,
  LIMITS,
  tooLarge,
  type NoteInput,
  type Problem,
} from '../../src/model';

// Hostile frontmatter as Obsidian's metadata cache hands it over: already parsed, with YAML
// aliases as shared references. Sizes are chosen so that an unbounded walk would not finish
// (width ** levels items: 9 ** 9 is 387 million) or would overflow the stack.

/** A list that expands to width ** levels strings, built from `levels` shared lists. */
function aliasBomb(width: number, levels: number): unknown[] {
  let list: unknown[] = Array.from({ length: width }, () => 'lol');
  for (let i = 1; i < levels; i++) list = Array.from({ length: width }, () => list);
  return list;
}

/** A list nested `depth` levels deep around one link. */
function deepList(depth: number): unknown {
  let v: unknown = '[[Goal]]';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const goal: NoteInput = { path: 'Goal.md', mtime: 0, frontmatter: { tags: 'work/outcome' } };
const skill: NoteInput = {
  path: 'Python.md',
  mtime: 0,
  frontmatter: { tags: 'work/skill', supports: ['[[Goal]]'] },
};

function problemsOf(frontmatter: Record<string, unknown>, path = 'Hostile.md'): Problem[] {
  const graph = buildWorkGraph(
    [goal, skill, { path, mtime: 0, frontmatter }],
    [],
    DEFAULT_SETTINGS,
  );
  return graph.problems.filter((p) => p.file === path);
}

const placements: [string, (bomb: unknown) => Record<string, unknown>][] = [
  ['steps', (b) => ({ tags: 'work/route', outcomes: ['[[Goal]]'], steps: b })],
  ['nested outcomes', (b) => ({ tags: 'work/route', outcomes: [[b]] })],
  ['tags', (b) => ({ tags: ['work/route', b], outcomes: ['[[Goal]]'] })],
  ['evidence', (b) => ({ evidence: b, signal: 'win' })],
  ['supports', (b) => ({ tags: 'work/skill', supports: b })],
  ['aliases', (b) => ({ tags: 'work/skill', aliases: b })],
];

describe('no note can crash or stall the model (SPEC §3, §8)', () => {
  it('should skip a note whose aliases expand past 1 MB, in any property, as too large', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...placements),
        fc.integer({ min: 4, max: 12 }),
        ([, place], width) => {
          // Enough levels to pass 100 million items: no walk that expands it could finish.
          const levels = Math.ceil(8 / Math.log10(width));
          const problems = problemsOf(place(aliasBomb(width, levels)));
          expect(problems).toEqual([
            expect.objectContaining({
              field: null,
              severity: 'warning',
              message:
                'The note is too large to read: its frontmatter expands past 1 MB through YAML aliases; it is skipped. Split it, or shorten its properties.',
            }),
          ]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('should skip a note nested deeper than the limit, and a cyclic one, as too large', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...placements),
        fc.integer({ min: LIMITS.depth, max: 20_000 }),
        ([, place], depth) => {
          const [problem] = problemsOf(place(deepList(depth)));
          expect(problem?.message).toMatch(/too large to read: its frontmatter nests deeper/);
        },
      ),
      { numRuns: 20 },
    );
    const cycle: unknown[] = ['[[Goal]]'];
    cycle.push(cycle);
    expect(problemsOf({ tags: 'work/route', outcomes: cycle })[0]?.message).toMatch(
      /too large to read/,
    );
  });

  it('should read the first 10,000 links of a longer list, with a warning', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: LIMITS.listItems + 1, max: 150_000 }),
        fc.constantFrom('list', 'one text'),
        (count, shape) => {
          const links = Array.from({ length: count }, () => '[[Goal]]');
          const supports = shape === 'list' ? links : links.join(' ');
          const problems = problemsOf({ tags: 'work/skill', supports });
          expect(problems.map((p) => p.message)).toEqual([
            `${shape === 'list' ? `It lists ${count.toLocaleString('en')} items` : 'It holds more than 10,000 links'}; only the first 10,000 are read. Split the list across notes.`,
          ]);
        },
      ),
      { numRuns: 6 },
    );
  });

  it('should warn about at most 10,000 empty links in one text', () => {
    const problems = problemsOf({ tags: 'work/skill', supports: '[[|x]] '.repeat(150_000) });
    expect(problems).toHaveLength(LIMITS.listItems + 1);
    expect(
      problems.filter((p) => p.message.startsWith('It holds more than 10,000 links')),
    ).toHaveLength(1);
  });

  it('should warn about at most 10,000 values of the wrong type in one list', () => {
    const problems = problemsOf({
      tags: 'work/skill',
      supports: Array.from({ length: 150_000 }, (_, i) => i),
    });
    expect(problems).toHaveLength(LIMITS.listItems + 1);
    expect(problems.at(-1)?.message).toMatch(/It lists 150,000 items/);
  });

  it('should quote at most 80 characters of any value or link in a message', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 81, maxLength: 300_000 }).map((s) => s.replace(/[[\]|#]/g, 'x')),
        fc.constantFrom<[string, (s: string) => Record<string, unknown>]>(
          ['missing link', (s) => ({ tags: 'work/skill', supports: [`[[${s}]]`] })],
          ['plain text', (s) => ({ tags: 'work/skill', supports: s })],
          ['unquoted link', (s) => ({ tags: 'work/skill', supports: [[s]] })],
          ['unknown status', (s) => ({ tags: 'work/skill', status: s })],
          ['bad date', (s) => ({ evidence: '[[Goal]]', date: s })],
          [
            'repeated step',
            (s) => ({
              tags: 'work/route',
              outcomes: ['[[Goal]]'],
              steps: [`[[Python|${s}]]`, `[[Python|${s}]]`],
            }),
          ],
        ),
        (text, [, make]) => {
          for (const p of problemsOf(make(text))) expect(p.message.length).toBeLessThan(500);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('tooLarge', () => {
  it('should read a frontmatter of 1 MB of plain values, and measure a shared value once per use', () => {
    expect(tooLarge({ notes: 'x'.repeat(1_000_000), tags: ['work/skill'] })).toBeNull();
    const shared = ['x'.repeat(400_000)];
    expect(tooLarge({ a: shared, b: shared })).toBeNull(); // 400 KB of expansion
    expect(tooLarge({ a: shared, b: shared, c: shared, d: shared })).toMatch(
      /expands past 1 MB through YAML aliases/,
    );
  });

  it('should count a short list shared by many keys at every use, as a bomb of aliases', () => {
    // `a: &x [0, 1, … 999]` and 239 keys `bN: *x`: about 1 MB only when the lists' own
    // overhead (a byte per item, four per list) is counted too.
    const x = Array.from({ length: 1000 }, (_, i) => i);
    const fm: Record<string, unknown> = { a: x };
    for (let i = 0; i < 239; i++) fm[`b${i}`] = x;
    expect(tooLarge(fm)).toMatch(/expands past 1 MB through YAML aliases/);
    const empty = Array.from({ length: 100 }, () => '');
    const many: Record<string, unknown> = {};
    for (let i = 0; i < 4000; i++) many[`k${i}`] = empty;
    expect(tooLarge(many)).toMatch(/expands past 1 MB through YAML aliases/);
  });

  it('should name a file or a frontmatter larger than 5 MB', () => {
    expect(tooLarge(undefined, 5_000_001)).toBe('the file is larger than 5 MB');
    expect(tooLarge({ notes: 'x'.repeat(5_000_001) })).toBe('its frontmatter is larger than 5 MB');
  });
});
