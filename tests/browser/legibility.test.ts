import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { initialFilters } from '../../src/model/outputs/map/scene';
import { cliPath, copyVault, exampleVault } from '../helpers/vault';
import { openMap, outputDir, useChromium, writeMapPage, type MapPage } from './chromium';
import { measureTargets, type Targets } from './map-targets';

// SPEC §5 "Legible at every size": the targets, computed from what the map says it drew.
const browser = useChromium();
let map: MapPage;
afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

const note = (path: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path,
  mtime: Date.parse('2026-05-01'),
  frontmatter,
});
const route = (name: string, outcomes: string[], steps: string[], extra = {}) =>
  note(`Routes/${name}.md`, {
    tags: 'work/route',
    status: 'active',
    outcomes: outcomes.map((o) => `[[${o}]]`),
    steps: steps.map((s) => `[[${s}]]`),
    ...extra,
  });
const outcome = (name: string, category = 'role', horizon = '2029') =>
  note(`Outcomes/${name}.md`, { tags: 'work/outcome', category, horizon });
const stone = (name: string) => note(`Stones/${name}.md`, { tags: 'work/skill' });

const LONG = 'Lead a research practice that shapes product strategy globally'; // 60 characters

/** One route, a 60-character outcome, a missing step between two that exist. */
const oneRoute = [
  outcome(LONG),
  stone('Portfolio review'),
  stone('Ship a study'),
  route('Solo route', [LONG], ['Portfolio review', 'Not written yet', 'Ship a study']),
];

/** Two work versions sharing stones, one taking two of them in the opposite order. */
const twoVersions = [
  outcome('Nonprofit design lead', 'role', '2028'),
  outcome('Data analyst role', 'role', '2027'),
  ...['Statistics course', 'Volunteer project', 'Portfolio', 'Mentor'].map(stone),
  route(
    'Nonprofit version',
    ['Nonprofit design lead'],
    ['Volunteer project', 'Portfolio', 'Mentor'],
  ),
  route('Tech version', ['Data analyst role'], ['Statistics course', 'Mentor', 'Portfolio'], {
    risk: 'high',
  }),
];

/** Eight routes toward five outcomes, each with stones of its own and one of three it shares. */
const shared = ['Network', 'Writing', 'Mentor'];
const outcomes = ['Lead', 'Teach', 'Consult', 'Four-day week', 'Remote work'];
const eightRoutes = [
  ...outcomes.map((o, i) =>
    outcome(o, ['role', 'skill', 'recognition', 'balance', 'environment'][i]),
  ),
  ...shared.map(stone),
  ...Array.from({ length: 8 }, (_, i) => [
    stone(`Course ${i + 1}`),
    stone(`Project ${i + 1}`),
  ]).flat(),
  ...Array.from({ length: 8 }, (_, i) =>
    route(
      `Route ${i + 1}`,
      [outcomes[i % outcomes.length] as string],
      [`Course ${i + 1}`, shared[i % shared.length] as string, `Project ${i + 1}`],
      i === 3 ? { risk: 'high' } : {},
    ),
  ),
];

async function pageFor(name: string, notes: NoteInput[]) {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'));
  return writeMapPage(name, { vault: name, model, filters: initialFilters(DEFAULT_SETTINGS.view) });
}

const files: Record<string, string> = {};
beforeAll(async () => {
  // The CLI writes into the folder, it does not make it: a fresh checkout has none yet.
  mkdirSync(outputDir, { recursive: true });
  const vault = await copyVault(exampleVault, '2026-05-01', 'career-vault');
  files['career-vault'] = join(outputDir, 'legibility-career-vault.html');
  const r = spawnSync(
    process.execPath,
    // --force: the page of an earlier run in this checkout is replaced, as a user would ask.
    [cliPath, 'export', vault, '--html', files['career-vault'], '--force', '--now', '2026-11-20'],
    { encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  files['one-route'] = await pageFor('one-route', oneRoute);
  files['two-versions'] = await pageFor('two-versions', twoVersions);
  files['eight-routes'] = await pageFor('eight-routes', eightRoutes);
});

const VAULTS = ['career-vault', 'one-route', 'two-versions', 'eight-routes'];

/** What each case measured, left in __output__ for docs/guide.md and the closing notes. */
const measured: (Targets & { vault: string; size: string })[] = [];
afterAll(() => {
  writeFileSync(join(outputDir, 'legibility.json'), `${JSON.stringify(measured, null, 1)}\n`);
});
const PANES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
];

describe('the map is legible at every size', () => {
  it.each(VAULTS.flatMap((v) => PANES.map((p) => [v, p.width, p.height] as const)))(
    'should meet every target for %s at %i×%i',
    async (vault, width, height) => {
      map = await openMap(browser(), files[vault] as string, { width, height });
      const state = await map.inspect();
      const t = measureTargets(state);
      measured.push({ vault, size: `${width}×${height}`, ...t });
      expect(t.labelPx).toBeGreaterThanOrEqual(11);
      expect(t.labelsHidden).toEqual([]);
      expect(t.overlaps).toEqual([]);
      expect(t.linesThroughNodes).toEqual([]);
      expect(t.outOfOrder).toEqual([]);
      expect(t.crossings).toBeLessThanOrEqual(state.routes.length);
      expect(t.coverage).toBeGreaterThanOrEqual(0.3);
    },
  );

  it.each(VAULTS)('should read as route strips on a phone for %s', async (vault) => {
    map = await openMap(browser(), files[vault] as string, { width: 390, height: 844 });
    const state = await map.inspect();
    expect(state.layout).toBe('strips');
    const t = measureTargets(state);
    measured.push({ vault, size: '390×844', ...t });
    expect(t.labelPx).toBeGreaterThanOrEqual(12);
    expect(t.overlaps).toEqual([]);
    expect(t.tapPx).toBeGreaterThanOrEqual(44);
    expect(t.outOfOrder).toEqual([]);
  });

  it('should draw a copy of a stone two routes take in opposite orders, each route in order', async () => {
    map = await openMap(browser(), files['two-versions'] as string);
    const state = await map.inspect();
    expect(state.nodes.filter((n) => n.title === 'Portfolio')).toHaveLength(2);
    expect(measureTargets(state).outOfOrder).toEqual([]);
  });

  it('should draw a missing step in its slot on the line, between the steps around it', async () => {
    map = await openMap(browser(), files['one-route'] as string);
    const state = await map.inspect();
    const x = (title: string) => state.nodes.find((n) => n.title === title)?.x ?? NaN;
    expect(state.layout).toBe('horizontal');
    expect(x('Not written yet')).toBeGreaterThan(x('Portfolio review'));
    expect(x('Not written yet')).toBeLessThan(x('Ship a study'));
    await map.page.screenshot({
      path: join(outputDir, 'screenshots', 'one-route-missing-step.png'),
    });
  });

  it('should run top to bottom in a pane taller than wide', async () => {
    map = await openMap(browser(), files['career-vault'] as string, { width: 700, height: 1000 });
    const state = await map.inspect();
    expect(state.layout).toBe('vertical');
    const t = measureTargets(state);
    expect(t.overlaps).toEqual([]);
    expect(t.outOfOrder).toEqual([]);
  });

  it.each([
    ['light', 800, 600],
    ['light', 1280, 800],
    ['light', 390, 844],
    ['dark', 800, 600],
    ['dark', 1280, 800],
    ['dark', 390, 844],
  ] as const)('should leave a %s screenshot at %i×%i', async (theme, width, height) => {
    map = await openMap(browser(), files['career-vault'] as string, { width, height });
    if (theme === 'dark') {
      await map.page.getByRole('button', { name: 'Switch to the dark theme' }).click();
      await map.settled();
    }
    await map.page.screenshot({
      path: join(outputDir, 'screenshots', `career-vault-${theme}-${width}x${height}.png`),
    });
    expect((await map.inspect()).settled).toBe(true);
  });
});
