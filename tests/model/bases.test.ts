import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  basePath,
  DEFAULT_SETTINGS,
  parseSettings,
  workModelBase,
  type Settings,
} from '../../src/model';
import { exampleVault } from '../helpers/vault';

interface Base {
  filters: { or: string[] };
  views: { type: string; name: string; filters: { and: string[] }; order: string[] }[];
}

const settingsWith = (raw: unknown): Settings => {
  const result = parseSettings(raw);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.settings;
};
const read = (settings: Settings) => parse(workModelBase(settings)) as Base;

describe('the work model base', () => {
  it('should be YAML with the keys of the Bases syntax: filters, and table views with a name and an order', () => {
    const base = read(DEFAULT_SETTINGS);
    expect(Object.keys(base)).toEqual(['filters', 'views']);
    expect(base.filters.or).toEqual([
      'file.hasTag("work/outcome")',
      'file.hasTag("work/route")',
      'file.hasTag("work/skill")',
      'file.hasProperty("evidence")',
    ]);
    expect(base.views.map((v) => [v.type, v.name, v.filters.and, v.order])).toEqual([
      [
        'table',
        'Outcomes',
        ['file.hasTag("work/outcome")'],
        ['file.name', 'note.category', 'note.horizon', 'note.status'],
      ],
      [
        'table',
        'Routes',
        ['file.hasTag("work/route")'],
        ['file.name', 'note.status', 'note.risk', 'note.outcomes', 'note.steps'],
      ],
      [
        'table',
        'Stepping stones',
        ['file.hasTag("work/skill")'],
        ['file.name', 'note.category', 'note.status', 'note.completed', 'note.supports'],
      ],
      [
        'table',
        'Evidence',
        ['file.hasProperty("evidence")'],
        ['file.name', 'note.signal', 'note.date', 'note.summary', 'note.evidence'],
      ],
    ]);
  });

  it('should choose notes by the tags and link properties of the settings', () => {
    const base = read(
      settingsWith({
        tags: { outcome: '#career/goal', route: 'career/path', skill: 'career/stone' },
        properties: { outcomes: 'goals', steps: 'via', supports: 'helps', evidence: 'proof' },
      }),
    );
    expect(base.filters.or).toEqual([
      'file.hasTag("career/goal")',
      'file.hasTag("career/path")',
      'file.hasTag("career/stone")',
      'file.hasProperty("proof")',
    ]);
    expect(base.views[1]?.order).toEqual([
      'file.name',
      'note.status',
      'note.risk',
      'note.goals',
      'note.via',
    ]);
    expect(base.views[2]?.order).toContain('note.helps');
    expect(base.views[3]?.order).toContain('note.proof');
    expect(JSON.stringify(base)).not.toContain('work/');
  });

  it('should keep property names with quotes, hashes and spaces intact', () => {
    const name = `it's "my" #proof`;
    const base = read(settingsWith({ properties: { evidence: name } }));
    expect(base.views[3]?.filters.and).toEqual([`file.hasProperty(${JSON.stringify(name)})`]);
    expect(base.views[3]?.order.at(-1)).toBe(`note.${name}`);
  });

  it.each([
    ['Work Model/Routes', 'Work Model/Work model.base'],
    ['Career/Model/Routes', 'Career/Model/Work model.base'],
    ['Routes', 'Work model.base'],
  ])('should go beside the routes folder %j, at %j', (routes, path) => {
    expect(basePath(settingsWith({ folders: { routes } }))).toBe(path);
  });

  it('should ship in the example vault as the command writes it for the default settings', () => {
    const shipped = readFileSync(join(exampleVault, 'Work Model', 'Work model.base'), 'utf8');
    expect(shipped).toBe(workModelBase(DEFAULT_SETTINGS));
  });
});
