import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../src/cli/parse-frontmatter';
import { tooLarge } from '../../src/model';

const fm = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\nbody\n`);

describe('parseFrontmatter reads YAML as Obsidian does (SPEC §1)', () => {
  it.each([
    ['date: 2026-02-30', { date: '2026-02-30' }],
    ['date: 0099-06-01', { date: '0099-06-01' }],
    ['date: 2026-05-01', { date: '2026-05-01' }],
    ['date: 2026-05-01T23:30:00-05:00', { date: '2026-05-01T23:30:00-05:00' }],
    ['done: yes', { done: 'yes' }],
    ['done: true', { done: true }],
    ['rating: 3', { rating: 3 }],
    ['none: ~', { none: null }],
  ])('should keep %j as YAML 1.2 core schema reads it', (yaml, data) => {
    expect(fm(yaml)).toEqual({
      frontmatter: data,
      frontmatterError: null,
      tooLarge: null,
      body: 'body\n',
    });
  });

  it('should read no frontmatter from a fence that never closes', () => {
    const text = '---\ntags: work/skill\n\nA note that starts with a rule.\n';
    expect(parseFrontmatter(text)).toEqual({
      frontmatter: undefined,
      frontmatterError: null,
      tooLarge: null,
      body: text,
    });
  });

  it('should read an empty block as empty frontmatter, not as invalid YAML', () => {
    expect(parseFrontmatter('---\n---\nbody')).toEqual({
      frontmatter: {},
      frontmatterError: null,
      tooLarge: null,
      body: 'body',
    });
  });

  it('should close the block only at a line that is exactly ---', () => {
    expect(parseFrontmatter('---\nnote: |\n  ----\n  text\n---\nbody').frontmatter).toEqual({
      note: '----\ntext\n',
    });
  });

  it('should leave notes without an opening --- line as body only', () => {
    expect(parseFrontmatter('text\n---\na: 1\n---\n')).toEqual({
      frontmatter: undefined,
      frontmatterError: null,
      tooLarge: null,
      body: 'text\n---\na: 1\n---\n',
    });
  });

  it('should read frontmatter after a byte-order mark and with CRLF line ends', () => {
    expect(parseFrontmatter('\ufeff---\r\na: 1\r\n---\r\nbody').frontmatter).toEqual({ a: 1 });
  });

  it('should report invalid YAML and keep the body', () => {
    const r = parseFrontmatter('---\na: [1\n---\nbody [[A]]\n');
    expect(r.frontmatter).toBeUndefined();
    expect(r.frontmatterError).toMatch(/Flow sequence .* end with a \] at line 3, column 1$/);
    expect(r.body).toBe('body [[A]]\n');
  });
});

describe('parseFrontmatter bounds what YAML can expand (SPEC §3)', () => {
  /** `levels` anchors, each a list of `width` aliases of the one before: width ** levels items. */
  const bomb = (width: number, levels: number) => {
    const lines = [`l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
    for (let i = 1; i < levels; i++)
      lines.push(
        `l${i}: &l${i} [${Array(width)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return lines.join('\n');
  };

  it('should read an alias bomb of any width in any property as shared values, and the model skip it as too large', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 12 }),
        fc.constantFrom(
          'steps: *top',
          'tags: [work/route, *top]',
          'outcomes: [[*top]]',
          'evidence: *top',
        ),
        (width, use) => {
          const levels = Math.ceil(8 / Math.log10(width)); // past 100 million items
          const yaml = `${bomb(width, levels).replace(`&l${levels - 1}`, '&top')}\n${use}`;
          // Each alias is a reference to the value it names, never a copy: reading costs no
          // more than the text, and the model measures how far it would expand.
          const split = fm(yaml);
          expect(split.frontmatterError).toBeNull();
          expect(tooLarge(split.frontmatter)).toBe(
            'its frontmatter expands past 1 MB through YAML aliases',
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it('should keep ordinary aliases', () => {
    expect(fm('base: &b ["[[Goal]]"]\nsupports: *b').frontmatter).toEqual({
      base: ['[[Goal]]'],
      supports: ['[[Goal]]'],
    });
  });

  it('should stop nesting deeper than 64 levels, in flow or block style, before the parser', () => {
    fc.assert(
      // A few thousand levels exhaust the parser's memory: the bound must stop them first.
      fc.property(fc.integer({ min: 65, max: 5000 }), fc.boolean(), (depth, flow) => {
        const yaml = flow
          ? `steps: ${'['.repeat(depth)}${']'.repeat(depth)}`
          : `steps:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}- `).join('\n')}x`;
        expect(fm(yaml).tooLarge).toBe('its frontmatter nests deeper than 64 levels');
      }),
      { numRuns: 20 },
    );
  });

  it('should never throw, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const r = parseFrontmatter(`---\n${text}\n---\n`);
        expect(r.frontmatterError === null || r.frontmatter === undefined).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
