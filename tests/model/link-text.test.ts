import { describe, expect, it } from 'vitest';
import { parseLinkValue } from '../../src/model';

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
