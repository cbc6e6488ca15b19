import { describe, expect, it } from 'vitest';
import { firstSentenceOfNote, splitFrontmatter } from '../../src/model';

describe('the excerpt of a whole note (SPEC §1)', () => {
  it.each([
    ['properties', '---\nsignal: win\n---\n# Call\nThey said yes. More later.\n'],
    ['an empty block', '---\n---\nThey said yes. More later.\n'],
    ['a byte-order mark and CRLF', '\uFEFF---\r\nsignal: win\r\n---\r\nThey said yes. More later.'],
    ['no frontmatter', 'They said yes. More later.'],
  ])('should give the first sentence after %s', (_, text) => {
    expect(firstSentenceOfNote(text)).toBe('They said yes.');
  });

  it('should read a fence that never closes as body, as Obsidian does', () => {
    expect(splitFrontmatter('---\nnot: closed\nText.')).toEqual({
      yaml: null,
      body: '---\nnot: closed\nText.',
    });
    // Its lone `---` line reads as a rule, not as text.
    expect(firstSentenceOfNote('---\nText. More.')).toBe('Text.');
  });
});
