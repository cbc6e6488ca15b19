import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DEFAULT_SETTINGS, isPlainFrontmatter, isPlainYaml } from '../../src/model';

const plainYaml = (yaml: string) => isPlainYaml(yaml, DEFAULT_SETTINGS);

describe('isPlainYaml: frontmatter text the CLI need not parse', () => {
  it('should never pass over a frontmatter that could matter to the model', () => {
    const key = fc.constantFrom(
      'tags',
      'Tags',
      'tag',
      'aliases',
      'Alias',
      'EVIDENCE',
      'rating',
      'source',
      'date',
    );
    const word = fc.constantFrom(
      'work/skill',
      '#work/route/x',
      'WORK/OUTCOME',
      'book',
      'idea',
      '[[Goal]]',
      'x',
    );
    const value = fc.oneof(word, fc.array(word, { maxLength: 3 }), fc.integer(), fc.string());
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (fm) => {
        if (plainYaml(stringify(fm))) expect(isPlainFrontmatter(fm, DEFAULT_SETTINGS)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['tags: [book]\ncreated: 2025-05-05', true],
    ['# a comment\nrating: 3', true],
    ['tags: [work/skill]', false],
    ['Aliases: [SQL]', false],
    ['Evidence: "[[Goal]]"', false],
    ['just some words', false], // a scalar: parsed, and reported as not a set of properties
    ['- work', false], // a list: the same
  ])('should read %j as plain: %s', (yaml, plain) => {
    expect(plainYaml(yaml)).toBe(plain);
  });
});
