import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers/vault';
import { exportVaultMap, openMap, useChromium, type MapPage } from './chromium';
import { measureTargets } from './map-targets';

// A live, a paused (its own stones and outcome, resuming in March) and a dropped route.
const browser = useChromium();
let file = '';
let map: MapPage;

beforeAll(async () => {
  file = await exportVaultMap(fixture('resting-routes'), 'resting-routes');
});

afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

describe('a paused route on the map', () => {
  it('should be drawn faded with its stones and outcome, never hidden by default', async () => {
    map = await openMap(browser(), file);
    const state = await map.inspect();
    const resting = (title: string) => state.nodes.find((n) => n.title === title)?.resting;
    expect(state.routes.map((r) => [r.title, r.resting])).toEqual(
      expect.arrayContaining([
        ['Studio', true],
        ['Design lead route', false],
      ]),
    );
    for (const title of ['Studio', 'Client pilot', 'Studio plan', 'Own studio'])
      expect(resting(title), title).toBe(true);
    for (const title of ['Design lead route', 'Portfolio', 'Design lead'])
      expect(resting(title), title).toBe(false);
  });

  it('should hide the dropped route and the stone only it uses, and say so', async () => {
    map = await openMap(browser(), file);
    const state = await map.inspect();
    expect(state.routes.map((r) => r.title)).not.toContain('Sales');
    expect(state.nodes.map((n) => n.title)).not.toContain('Sales course');
    expect(state.hiddenRoutes).toEqual([
      { id: 'Routes/Sales.md', title: 'Sales', status: 'dropped' },
    ]);
    await expect(
      map.page.locator('.work-model-map-hidden-routes').textContent(),
    ).resolves.toContain('1 dropped route hidden: Sales');
  });

  it.each([
    [800, 600],
    [1280, 800],
  ])('should keep every label legible at %i×%i', async (width, height) => {
    map = await openMap(browser(), file, { width, height });
    const t = measureTargets(await map.inspect());
    expect(t.labelsHidden).toEqual([]);
    expect(t.overlaps).toEqual([]);
    expect(t.linesThroughNodes).toEqual([]);
  });
});
