import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { Report } from '../../src/model';
import { reportSchema, type ReportJson } from '../../src/cli/report-schema';
import { cli } from './run-cli';
import { copyVault, exampleVault } from '../helpers/vault';

/** The documented fields of `report --json` (docs/cli.md), each of which the schema must name. */
const CONTRACT = {
  top: ['nodes', 'edges', 'routes', 'gaps', 'health', 'problems'],
  nodes: ['id', 'kind', 'title', 'status', 'live', 'resting', 'stale'],
  edges: ['from', 'to', 'kind', 'order'],
  routes: [
    'id',
    'rank',
    'progress',
    'stepsDone',
    'stepsTotal',
    'advancement',
    'ownAdvancement',
    'stepsCompleted',
    'activity',
    'wins',
    'setbacks',
    'insights',
    'shifts',
    'uniqueEvidence',
    'sharedEvidence',
    'trend',
    'lastActivity',
  ],
  gaps: ['kind', 'id'],
  health: ['question', 'finding', 'notes', 'message'],
  problems: ['file', 'field', 'severity', 'message'],
};

interface JsonSchema {
  $schema?: string;
  properties: Record<string, JsonSchema & { items: JsonSchema }>;
  required?: string[];
}

let example: string;
beforeAll(async () => {
  example = await copyVault(exampleVault, '2026-05-01');
});

describe('work-model schema', () => {
  const r = cli('schema');
  const schema = JSON.parse(r.stdout) as JsonSchema;

  it('should print a draft 2020-12 JSON Schema and exit 0', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(Object.entries(CONTRACT))(
    'should describe every contract field of %s',
    (part, fields) => {
      const described = part === 'top' ? schema : schema.properties[part]?.items;
      expect(Object.keys(described?.properties ?? {})).toEqual(expect.arrayContaining(fields));
      const required = fields.filter((f) => f !== 'order'); // only step edges have an order
      expect(described?.required).toEqual(expect.arrayContaining(required));
    },
  );

  it('should refuse a vault or an option: it describes every report, not one', () => {
    expect(cli('schema', example)).toMatchObject({ code: 2, stdout: '' });
    expect(cli('schema', '--json').stderr).toMatch(/schema takes no vault and no options/);
  });
});

describe('the report contract', () => {
  it('should be the type the model reports, field for field', () => {
    expectTypeOf<Report>().toExtend<ReportJson>();
    expectTypeOf<ReportJson>().toExtend<Report>();
  });

  it('should name what a report gets wrong: a missing field, a wrong type, an unknown kind', () => {
    const report = JSON.parse(cli('report', example, '--json', '--now', '2026-11-20').stdout) as {
      routes: Record<string, unknown>[];
      nodes: Record<string, unknown>[];
    };
    const [route] = report.routes;
    const [node] = report.nodes;
    delete route?.rank;
    if (node) node.kind = 'journal';
    if (route) route.trend = 'up';
    const issues = reportSchema().safeParse(report).error?.issues ?? [];
    expect([...new Set(issues.map((i) => i.path.join('.')))].sort()).toEqual([
      'nodes.0.kind',
      'routes.0.rank',
      'routes.0.trend',
    ]);
  });
});
