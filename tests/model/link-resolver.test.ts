import { describe, expect, it } from 'vitest';
import { LinkResolver } from '../../src/model';

function resolver(...paths: (string | [string, string[]])[]): LinkResolver {
  const r = new LinkResolver();
  for (const p of paths) typeof p === 'string' ? r.set(p) : r.set(p[0], p[1]);
  return r;
}

describe('LinkResolver', () => {
  const r = resolver(
    'Note.md',
    'a/Note.md',
    'b/c/Note.md',
    'b/Other.md',
    'a/Twin.md',
    'b/c/Twin.md',
    'img.png',
    ['x/Y.md', ['Why', 'Yy']],
  );

  it.each([
    ['Note', 'z/src.md', 'Note.md', 'an exact vault path wins'],
    ['Note', 'a/src.md', 'Note.md', 'even from a folder with a same-named note'],
    ['Twin', 'b/c/src.md', 'b/c/Twin.md', 'the linking note’s folder beats a shorter path'],
    ['Twin', 'src.md', 'a/Twin.md', 'otherwise the shortest path'],
    ['c/Note', 'src.md', 'b/c/Note.md', 'a partial path matches the end of a path'],
    ['NOTE.MD', 'src.md', 'Note.md', 'case does not matter, nor .md'],
    ['img.png', 'src.md', 'img.png', 'attachments resolve by full name'],
    ['why', 'src.md', 'x/Y.md', 'aliases match when no file name does'],
    ['../Other', 'b/c/src.md', 'b/Other.md', 'relative paths resolve against the folder'],
    ['./Note', 'b/c/src.md', 'b/c/Note.md', './ is the linking folder'],
    ['', 'b/Other.md', 'b/Other.md', 'an empty path is the note itself'],
  ])('should resolve %j from %s to %s: %s', (link, from, to) => {
    expect(r.resolve(link, from)).toBe(to);
  });

  it.each([
    ['Missing', 'src.md'],
    ['../../../x', 'a/src.md'],
    ['q/Why', 'src.md'],
  ])('should resolve %j from %s to nothing', (link, from) => {
    expect(r.resolve(link, from)).toBeNull();
  });

  it('should prefer the shortest path, then alphabetical order, among equals', () => {
    expect(resolver('long/er/N.md', 'bb/N.md', 'aa/N.md').resolve('N', 'src.md')).toBe('aa/N.md');
  });

  it('should follow deletions, renames and alias changes', () => {
    const x = resolver('a/N.md', ['b/M.md', ['Alias']]);
    x.delete('a/N.md');
    expect(x.resolve('N', 'src.md')).toBeNull();
    x.set('c/N.md');
    expect(x.resolve('N', 'src.md')).toBe('c/N.md');
    x.set('b/M.md', []);
    expect(x.resolve('Alias', 'src.md')).toBeNull();
  });
});
