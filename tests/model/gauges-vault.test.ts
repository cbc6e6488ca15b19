import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeSnapshot,
  encodeSnapshot,
  gaugeReadings,
  gaugesText,
  takeSnapshot,
  type Analysis,
  type Graph,
  type Report,
} from '../../src/model';
import { copyVault, fixture, loadVault } from '../helpers/vault';

// One scenario per route: Both has all four gauges, Partial one (`Confidence`, any case),
// Unrated none, Text one written as text; Zero, Six, Word and Fraction one bad value each.
// The revision of 2026-06-01 recorded gauges for Both and Unrated.
let dir: string;
let report: Report;
let graph: Graph;
let analysis: Analysis;
const R = (name: string) => `Routes/${name}.md`;
const route = (name: string) => report.routes.find((r) => r.id === R(name));
const g = (
  resources: number | null,
  likeability: number | null,
  confidence: number | null,
  coherence: number | null,
) => ({
  resources,
  likeability,
  confidence,
  coherence,
});

beforeAll(async () => {
  dir = await copyVault(fixture('gauges'), '2026-06-01');
  ({ report, graph, analysis } = await loadVault(dir, '2026-06-30'));
});

describe('gauges (how do I feel about each version?)', () => {
  it.each([
    ['Both', g(3, 4, 2, 5)],
    ['Partial', g(null, null, 4, null)],
    ['Text', g(4, null, null, null)],
    ['Unrated', null],
  ])('should read the gauges of %s as %j', (name, gauges) => {
    expect(route(name)?.gauges).toEqual(gauges);
  });

  it.each([
    ['Zero', 'confidence', '0 (a number)'],
    ['Six', 'coherence', '6 (a number)'],
    ['Word', 'likeability', '"high"'],
    ['Fraction', 'resources', '3.5 (a number)'],
  ])('should warn about %s, naming %s, and count it as not written', (name, field, shown) => {
    expect(route(name)?.gauges).toBeNull();
    expect(report.problems.filter((p) => p.file === R(name))).toEqual([
      {
        file: R(name),
        field,
        severity: 'warning',
        message: `${shown} is not a whole number from 1 to 5; the ${field} gauge counts as not written. Write 1 (low) to 5 (high).`,
      },
    ]);
  });

  it('should compare with the gauges the revision before today recorded', () => {
    expect(report.gaugesSince).toBe('2026-06-01');
    expect(route('Both')?.gaugesBefore).toEqual(g(3, 3, 3, 4));
    expect(route('Unrated')?.gaugesBefore).toEqual(g(2, 2, 2, 2));
    expect(route('Partial')?.gaugesBefore).toBeNull();
  });

  it('should have nothing to compare with when no revision is dated before today', async () => {
    const { report: first } = await loadVault(dir, '2026-06-01');
    expect(first.gaugesSince).toBeNull();
    expect(first.routes.every((r) => r.gaugesBefore === null)).toBe(true);
    expect(first.routes.find((r) => r.id === R('Both'))?.gauges).toEqual(g(3, 4, 2, 5));
  });

  it('should say each change since the last revision', () => {
    const both = route('Both');
    if (!both) throw new Error('no route Both');
    expect(gaugesText(both, report.gaugesSince)).toBe(
      'resources 3, likeability 3 → 4, confidence 3 → 2, coherence 4 → 5 (changed since 2026-06-01)',
    );
    expect(gaugesText({ gauges: g(3, 3, 3, 4), gaugesBefore: g(3, 3, 3, 4) }, '2026-06-01')).toBe(
      'resources 3, likeability 3, confidence 3, coherence 4 (unchanged since 2026-06-01)',
    );
    expect(gaugesText({ gauges: g(null, null, 4, null), gaugesBefore: null }, null)).toBe(
      'resources –, likeability –, confidence 4, coherence –',
    );
    expect(gaugesText({ gauges: null, gaugesBefore: null }, null)).toBeNull();
  });

  it.each([
    ['rose', 3, 4, 'up'],
    ['fell', 3, 2, 'down'],
    ['held', 4, 4, 'same'],
    ['was not recorded then', null, 4, null],
    ['is not written now', 3, null, null],
  ] as const)('should give the map a change for a gauge that %s', (_, before, now, change) => {
    const [resources] = gaugeReadings({
      gauges: { ...g(null, null, null, null), resources: now },
      gaugesBefore: { ...g(null, null, null, null), resources: before },
    });
    expect(resources).toEqual({
      gauge: 'resources',
      now,
      before,
      changed: before !== now,
      change,
    });
  });

  it('should give no change without a previous revision', () => {
    const readings = gaugeReadings({ gauges: g(3, 4, 2, 5), gaugesBefore: null });
    expect(readings.map((r) => [r.gauge, r.now, r.changed, r.change])).toEqual([
      ['resources', 3, false, null],
      ['likeability', 4, false, null],
      ['confidence', 2, false, null],
      ['coherence', 5, false, null],
    ]);
  });

  it('should record the gauges in the revision snapshot, and read them back', () => {
    const snapshot = takeSnapshot(graph, analysis);
    expect(snapshot.gauges).toEqual([
      [R('Both'), 3, 4, 2, 5],
      [R('Partial'), null, null, 4, null],
      [R('Text'), 4, null, null, null],
    ]);
    expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(snapshot);
  });

  it('should drop damaged gauges from a snapshot and keep the rest of it', () => {
    const text = encodeSnapshot({ v: 1, date: '2026-06-01', nodes: [], routes: [] }).replace(
      '"routes":[]',
      '"routes":[],"gauges":[["Routes/Both.md",9,"x",null]]',
    );
    expect(decodeSnapshot(text)).toEqual({ v: 1, date: '2026-06-01', nodes: [], routes: [] });
  });
});
