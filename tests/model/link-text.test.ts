import { describe, expect, it } from 'vitest';
import { parseLinkValue } from '../../src/model';

describe('parseLinkValue', () => {
  it.each([
    ['[[Note]]', 'Note', null, false],
    ['[[Note|shown text]]', 'Note', null, false],
    ['[[Note#Heading|shown]]', 'Note', 'Heading', false],
    ['[[folder/Note.md]]', 'folder/Note.md', null, false],
    ['[text](folder/My%20Note.md)', 'folder/My Note.md', null, false],
    ['[text](<folder/My Note.md#Part>)', 'folder/My Note.md', 'Part', false],
    ['[text](Note.md "a title")', 'Note.md', null, false],
    ['[text](100%25.md)', '100%.md', null, false],
    ['[text](bad%zz.md)', 'bad%zz.md', null, false],
    ['  Plain name  ', 'Plain name', null, true],
  ])('should read %j as path %j, subpath %j', (value, path, subpath, bare) => {
    expect(parseLinkValue(value)).toEqual([{ path, subpath, raw: value.trim(), bare }]);
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
