import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { DEFAULT_SETTINGS } from '../../src/model';
import * as schemas from '../../src/model/read/note-schemas';
import { readNote } from '../../src/model/read/read-note';
import { exampleVault, fixture } from '../helpers/vault';

const root = join(__dirname, '..', '..');
const files = readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join('src', f));

/** Every list of string literals written in the code: `['a', 'b']` and `'a' | 'b'`. */
function literalLists(code: string): string[][] {
  const lists: string[][] = [];
  const strings = (text: string) =>
    [...text.matchAll(/'([^']*)'|"([^"]*)"/g)].map((m) => m[1] ?? m[2] ?? '');
  for (const m of code.matchAll(/\[((?:\s*(?:'[^']*'|"[^"]*")\s*,?)+)\]/g))
    lists.push(strings(m[1] ?? ''));
  for (const m of code.matchAll(/(?:(?:'[^']*'|"[^"]*")\s*\|\s*)+(?:'[^']*'|"[^"]*")/g))
    lists.push(strings(m[0]));
  return lists;
}

const enums = {
  outcomeCategory: schemas.outcomeCategory.options,
  outcomeStatus: schemas.outcomeStatus.options,
  skillCategory: schemas.skillCategory.options,
  skillStatus: schemas.skillStatus.options,
  routeStatus: schemas.routeStatus.options,
  routeRisk: schemas.routeRisk.options,
  signal: schemas.signal.options,
};

describe('one vocabulary', () => {
  it.each(Object.entries(enums))('should write the values of %s out once in src', (_, values) => {
    const where: string[] = [];
    for (const file of files) {
      const code = readFileSync(join(root, file), 'utf8');
      for (const list of literalLists(code))
        if (values.every((v) => list.includes(v))) where.push(file.split('\\').join('/'));
    }
    expect(where).toEqual(['src/model/read/note-schemas.ts']);
  });

  it('should catch a list written out again, in either form', () => {
    expect(literalLists("const s = ['low', 'medium', 'high'];")).toEqual([
      ['low', 'medium', 'high'],
    ]);
    expect(literalLists("type R = 'low' | 'medium' | 'high';")).toEqual([
      ['low', 'medium', 'high'],
    ]);
  });
});

describe('note properties, defined by their schemas', () => {
  it.each([
    ['example', exampleVault],
    ...['method', 'problems', 'hostile'].map((v) => [v, fixture(v)]),
  ])(
    'should read every model note of the %s vault into values its kind schema accepts',
    async (_, dir) => {
      const { notes } = await readVault(dir, DEFAULT_SETTINGS);
      const props = notes.flatMap((n) => readNote(n, DEFAULT_SETTINGS).props ?? []);
      expect(props.length).toBeGreaterThan(0);
      for (const p of props) {
        const read = schemas.propertySchemas()[p.kind].safeParse(p);
        expect(read.error?.issues ?? [], JSON.stringify(p)).toEqual([]);
      }
    },
  );
});
