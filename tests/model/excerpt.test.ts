import { describe, expect, it } from 'vitest';
import {
  evidenceExcerpt,
  excerptOf,
  firstParagraphOfNote,
  splitFrontmatter,
} from '../../src/model';

describe('the excerpt of a whole note (SPEC §1)', () => {
  it.each([
    ['properties', '---\nsignal: win\n---\n# Call\nThey said yes. More later.\n'],
    ['an empty block', '---\n---\nThey said yes. More later.\n'],
    ['a byte-order mark and CRLF', '\uFEFF---\r\nsignal: win\r\n---\r\nThey said yes. More later.'],
    ['no frontmatter', 'They said yes. More later.'],
  ])('should give the first paragraph after %s', (_, text) => {
    expect(firstParagraphOfNote(text)).toBe('They said yes. More later.');
  });

  it('should read a fence that never closes as body, as Obsidian does', () => {
    expect(splitFrontmatter('---\nnot: closed\nText.')).toEqual({
      yaml: null,
      body: '---\nnot: closed\nText.',
    });
    // Its lone `---` line reads as a rule, not as text.
    expect(firstParagraphOfNote('---\nText. More.')).toBe('Text. More.');
  });

  it('should keep the sentence after a short first one, and stop at the paragraph end', () => {
    const note = [
      '---',
      'signal: setback',
      '---',
      '# A hard month',
      '',
      'A hard month at home.',
      'The portfolio deadline moved to March because of it.',
      '',
      'The second paragraph is not part of the excerpt.',
    ].join('\n');
    expect(firstParagraphOfNote(note)).toBe(
      'A hard month at home. The portfolio deadline moved to March because of it.',
    );
  });
});

describe('cutting an excerpt within 280 characters', () => {
  const sentence = (n: number) => `Sentence ${n} says a little more about what happened.`;

  it('should cut at the last sentence end that fits', () => {
    const text = Array.from({ length: 8 }, (_, i) => sentence(i + 1)).join(' ');
    const cut = excerptOf(text) ?? '';
    expect(cut.length).toBeLessThanOrEqual(280);
    expect(cut.endsWith('happened.')).toBe(true);
    expect(text.startsWith(cut)).toBe(true);
    expect(text.slice(cut.length, cut.length + 10)).toBe(' Sentence ');
  });

  it('should cut at the last word end with "…" when no sentence ends in time', () => {
    const text = Array.from({ length: 60 }, () => 'word').join(' ');
    const cut = excerptOf(text) ?? '';
    expect(cut.length).toBeLessThanOrEqual(280);
    expect(cut).toMatch(/ word…$/);
  });

  it('should leave a text of 280 characters whole', () => {
    const text = `${'a'.repeat(279)}.`;
    expect(excerptOf(text)).toBe(text);
  });
});

describe('the evidence excerpt with its lesson', () => {
  it.each([
    [
      'Rejected again.',
      'ask for an introduction.',
      'Rejected again. — Lesson: ask for an introduction.',
    ],
    ['Rejected again.', null, 'Rejected again.'],
    [null, 'ask for an introduction.', 'Lesson: ask for an introduction.'],
    [null, null, null],
  ])('should show %j with the lesson %j as %j', (happened, lesson, shown) => {
    expect(evidenceExcerpt(happened, lesson)).toBe(shown);
  });
});
