import { afterEach, describe, expect, it } from 'vitest';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../../src/model';
import { toMapModel } from '../../src/model/outputs/map/map-model';
import { initialFilters } from '../../src/model/outputs/map/scene';
import { nodeOnPage, openMap, useChromium, writeMapPage, type MapPage } from './chromium';

const browser = useChromium();
let map: MapPage;
afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

/** A map page for notes given as frontmatter objects, through the same model as the CLI. */
async function pageFor(
  name: string,
  notes: NoteInput[],
  filters = initialFilters(DEFAULT_SETTINGS.view),
) {
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'));
  return writeMapPage(name, { vault: name, model, filters });
}
const note = (path: string, frontmatter: Record<string, unknown>): NoteInput => ({
  path,
  mtime: Date.parse('2026-05-01'),
  frontmatter,
});

describe('the map with unusual models', () => {
  it('should explain how to start when the model is empty', async () => {
    map = await openMap(browser(), await pageFor('empty', [note('Plain.md', { title: 'x' })]));
    await expect(map.page.getByRole('status').textContent()).resolves.toMatch(
      /^Your work model is empty\. Add an outcome/,
    );
    expect((await map.inspect()).nodes.map((n) => n.id)).toEqual(['__now__']);
  });

  it('should show the problems of a model made only of problems, each opening its note', async () => {
    map = await openMap(
      browser(),
      await pageFor('only-problems', [
        { path: 'Bad.md', mtime: 0, frontmatterError: 'bad indentation' },
      ]),
    );
    await expect(map.page.getByRole('status').textContent()).resolves.toContain(
      'No note could be read as part of the model yet',
    );
    const problem = map.page.locator('.work-model-map-problem');
    await expect(problem.textContent()).resolves.toContain('Bad.md');
    await problem.click();
    expect(await map.opened()).toEqual([['Bad.md', false, false]]);
    await expect(map.page.getByRole('button', { name: '1 problem' }).isVisible()).resolves.toBe(
      true,
    );
  });

  it('should create a missing note from its ghost', async () => {
    map = await openMap(
      browser(),
      await pageFor('ghost', [
        note('G.md', { tags: 'work/outcome' }),
        note('R.md', { tags: 'work/route', outcomes: '[[G]]', steps: ['[[Interview practice]]'] }),
      ]),
    );
    const at = await nodeOnPage(map, 'ghost:Interview practice');
    await map.page.mouse.click(at.x, at.y);
    expect(await map.opened()).toEqual([['Interview practice', false, true]]);
    // Its problem waits behind the badge until asked for.
    const badge = map.page.getByRole('button', { name: '1 problem' });
    await expect(badge.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(map.page.locator('.work-model-map-problem').isVisible()).resolves.toBe(false);
    await badge.click();
    await expect(badge.getAttribute('aria-expanded')).resolves.toBe('true');
    await map.page.locator('.work-model-map-problem', { hasText: 'R.md' }).click();
    expect((await map.opened()).at(-1)).toEqual(['R.md', false, false]);
    await expect(
      map.page.getByRole('option', { name: 'Interview practice' }).getAttribute('aria-description'),
    ).resolves.toContain('Missing note');
  });

  it('should draw long, right-to-left and emoji names, and routes that cross back through shared stones', async () => {
    const long = `Become ${'really '.repeat(27)}good`.slice(0, 200);
    const notes = [
      note(`${long}.md`, { tags: 'work/outcome' }),
      note('שלום עולם.md', { tags: 'work/skill' }),
      note('🚀 Launch.md', { tags: 'work/skill' }),
      note('A.md', {
        tags: 'work/route',
        status: 'active',
        outcomes: `[[${long}]]`,
        steps: ['[[שלום עולם]]', '[[🚀 Launch]]'],
      }),
      note('B.md', {
        tags: 'work/route',
        status: 'active',
        outcomes: `[[${long}]]`,
        steps: ['[[🚀 Launch]]', '[[שלום עולם]]'],
      }),
    ];
    map = await openMap(browser(), await pageFor('names', notes));
    const titles = await map.page.getByRole('option').allTextContents();
    expect(titles).toEqual(expect.arrayContaining([long, 'שלום עולם', '🚀 Launch']));
    expect((await map.inspect()).settled).toBe(true);
  });

  it('should cap 6,000 notes at the default 5,000 with a notice, and stay responsive', async () => {
    const notes: NoteInput[] = [note('Goal.md', { tags: 'work/outcome' })];
    for (let i = 0; i < 5999; i++)
      notes.push(note(`S/${i}.md`, { tags: 'work/skill', supports: '[[Goal]]' }));
    map = await openMap(browser(), await pageFor('huge', notes));
    await expect(map.page.getByRole('status').textContent()).resolves.toBe(
      'Showing 5,000 of 6,001 notes. Raise the node cap in the settings, or hide some with the filters.',
    );
    const state = await map.inspect();
    expect(state.nodes).toHaveLength(5000);
    expect(state.capped).toEqual({ shown: 5000, total: 6001 });
    // Still answers input: a wheel zoom lands within a frame or two.
    const box = await map.page.locator('canvas').boundingBox();
    await map.page.mouse.move((box?.x ?? 0) + 50, (box?.y ?? 0) + 50);
    await map.page.mouse.wheel(0, -200);
    expect((await map.inspect()).camera.k).toBeGreaterThan(state.camera.k);
  });

  it('should forget a hovered note that is renamed away', async () => {
    const notes = [
      note('G.md', { tags: 'work/outcome' }),
      note('S.md', { tags: 'work/skill', supports: '[[G]]' }),
    ];
    map = await openMap(browser(), await pageFor('rename', notes));
    const at = await nodeOnPage(map, 'S.md');
    await map.page.mouse.move(at.x, at.y);
    expect((await map.inspect()).hover).toBe('S.md');
    const renamed = JSON.stringify(
      notes.map((n) => (n.path === 'S.md' ? { ...n, path: 'T.md' } : n)),
    );
    await map.page.evaluate((json) => {
      const data = JSON.parse(document.getElementById('work-model-data')?.textContent ?? '{}') as {
        model: { nodes: { id: string; title: string }[]; links: { from: string }[] };
      };
      for (const n of data.model.nodes)
        if (n.id === 'S.md') Object.assign(n, { id: 'T.md', title: 'T' });
      for (const l of data.model.links) if (l.from === 'S.md') l.from = 'T.md';
      (window as unknown as { workModelMap: { update(m: unknown): void } }).workModelMap.update(
        data.model,
      );
      return json.length;
    }, renamed);
    const state = await map.inspect();
    expect(state.hover).toBeNull();
    await expect(map.page.locator('.work-model-map-tooltip').isVisible()).resolves.toBe(false);
    expect(state.nodes.map((n) => n.id)).toContain('T.md');
  });

  it('should fit a phone-sized pane, with the lists behind the Lists button', async () => {
    const notes = [
      note('G.md', { tags: 'work/outcome' }),
      note('S.md', { tags: 'work/skill' }),
      note('R.md', { tags: 'work/route', outcomes: '[[G]]', steps: '[[S]]' }),
    ];
    map = await openMap(browser(), await pageFor('phone', notes), { width: 390, height: 844 });
    const stage = await map.page.locator('.work-model-map-stage').boundingBox();
    await expect(map.page.locator('.work-model-map-side').isVisible()).resolves.toBe(false);
    await map.page.getByRole('button', { name: 'Show the route and note lists' }).click();
    await expect(map.page.locator('.work-model-map-side').isVisible()).resolves.toBe(true);
    expect((await map.inspect()).layout).toBe('strips');
    for (const n of (await map.inspect()).nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(stage?.width ?? 0);
    }
  });
});
