import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnapshot, encodeSnapshot, type Snapshot } from '../../src/model';

const good: Snapshot = {
  v: 1,
  date: '2026-01-01',
  nodes: [
    ['a.md', 'skill', 'done'],
    ['b.md', 'route', 'active'],
  ],
  routes: [['b.md', 1, 3]],
};

/** A revision note whose snapshot comment holds `json` as written. */
const noteWith = (json: string) => `# Revision\n\n%% work-model-snapshot\n${json}\n%%\n`;

describe('reading a revision snapshot', () => {
  it('should read back what was written, dropping keys it does not know', () => {
    expect(decodeSnapshot(encodeSnapshot(good))).toEqual(good);
    expect(decodeSnapshot(noteWith(JSON.stringify({ ...good, extra: 1 })))).toEqual(good);
  });

  it.each([
    ['a list', '[1]'],
    ['text', '"snapshot"'],
    ['another version', JSON.stringify({ ...good, v: 2 })],
    ['no date', JSON.stringify({ ...good, date: undefined })],
    ['nodes that are no list', JSON.stringify({ ...good, nodes: {} })],
    ['a revision as a node', JSON.stringify({ ...good, nodes: [['r.md', 'revision', 'x']] })],
    ['a prototype key as a kind', JSON.stringify({ ...good, nodes: [['a.md', 'toString', 'x']] })],
    ['a node of four parts', JSON.stringify({ ...good, nodes: [['a.md', 'skill', 'done', 1]] })],
    ['a node of two parts', JSON.stringify({ ...good, nodes: [['a.md', 'skill']] })],
    ['progress as text', JSON.stringify({ ...good, routes: [['b.md', '1', 3]] })],
    ['routes missing', JSON.stringify({ ...good, routes: undefined })],
  ])('should read a snapshot with %s as no snapshot', (_, json) => {
    expect(decodeSnapshot(noteWith(json))).toBeNull();
  });

  it('should, for any JSON in the comment, never throw and give a snapshot or null', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constant(good)), (value) => {
        const read = decodeSnapshot(noteWith(JSON.stringify(value)));
        expect(read === null ? null : decodeSnapshot(encodeSnapshot(read))).toEqual(read);
      }),
    );
  });
});
