import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLinkValue, wikilinkInner } from '../../src/model';

describe('parseLinkValue', () => {
  it.each([
    ['[[Note]]', 'Note', null, 'wikilink'],
    ['[[Note|shown text]]', 'Note', null, 'wikilink'],
    ['[[Note#Heading|shown]]', 'Note', 'Heading', 'wikilink'],
    ['[[folder/Note.md]]', 'folder/Note.md', null, 'wikilink'],
    ['[text](folder/My%20Note.md)', 'folder/My Note.md', null, 'markdown'],
    ['[text](<folder/My Note.md#Part>)', 'folder/My Note.md', 'Part', 'markdown'],
    ['[text](Note.md "a title")', 'Note.md', null, 'markdown'],
    ['[text](a  b.md)', 'a  b.md', null, 'markdown'],
    ['[text](100%25.md)', '100%.md', null, 'markdown'],
    ['[text](bad%zz.md)', 'bad%zz.md', null, 'markdown'],
    ['  Plain name  ', 'Plain name', null, 'text'],
  ])('should read %j as path %j, subpath %j, written as %s', (value, path, subpath, form) => {
    expect(parseLinkValue(value)).toEqual([{ path, subpath, raw: value.trim(), form }]);
  });

  it('should read every wikilink inside a longer text', () => {
    expect(parseLinkValue('[[A]] and [[B|b]]').map((r) => r.path)).toEqual(['A', 'B']);
  });

  it.each(['https://example.org', '[site](https://example.org)', '', '   '])(
    'should find no note link in %j',
    (value) => {
      expect(parseLinkValue(value)).toEqual([]);
    },
  );
});

describe('wikilinkInner', () => {
  // Read by hand instead of by regex: it must take exactly what the regex took.
  it('should take the whole-value wikilinks the pattern ^!?[[…]]$ takes, and no others', () => {
    const piece = fc.constantFrom('[', ']', '[[', ']]', '!', 'a', '|', '#', ' ', '\n');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(piece, { maxLength: 8 }).map((p) => p.join('')),
        ),
        (text) => {
          const m = /^!?\[\[([^\]]*)\]\]$/.exec(text);
          expect(wikilinkInner(text)).toBe(m ? (m[1] as string) : null);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
