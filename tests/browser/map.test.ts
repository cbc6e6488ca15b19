import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  nodeOnPage,
  exportExampleMap,
  openMap,
  outputDir,
  pixel,
  tap,
  touch,
  useChromium,
  type MapPage,
} from './chromium';

const browser = useChromium();
let file = '';
const R = 'Work Model/Routes/';
const S = 'Work Model/Stepping stones/';
const O = 'Work Model/Outcomes/';

let map: MapPage;

beforeAll(async () => {
  file = await exportExampleMap('career-vault-map');
});

afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

const hexToRgb = (color: string): [number, number, number] => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  return m
    ? [parseInt(m[1] ?? '0', 16), parseInt(m[2] ?? '0', 16), parseInt(m[3] ?? '0', 16)]
    : [0, 0, 0];
};
const near = (a: number[], b: number[], tolerance = 40) =>
  a.every((v, i) => Math.abs(v - (b[i] ?? 0)) <= tolerance);

describe('the exported map of the example vault', () => {
  it('should draw every visible note, Now left of the stones and outcomes right of them', async () => {
    map = await openMap(browser(), file);
    const state = await map.inspect();
    const byId = new Map(state.nodes.map((n) => [n.id, n]));
    // Now, outcomes, stones, routes: the paused route is drawn (faded) with its own stone.
    expect(state.nodes).toHaveLength(1 + 5 + 15 + 4);
    expect(byId.get(`${R}Speak and write on inclusive design.md`)?.resting).toBe(true);
    const now = byId.get('__now__')?.x ?? NaN;
    for (const n of state.nodes) {
      if (n.kind === 'skill') expect(n.x).toBeGreaterThan(now);
      if (n.kind === 'outcome')
        expect(n.x).toBeGreaterThan(byId.get(`${S}SQL and product analytics.md`)?.x ?? Infinity);
    }
    // Every node is inside the canvas after the first fit.
    const box = await map.page.locator('canvas').boundingBox();
    for (const n of state.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(box?.width ?? 0);
    }
  });

  it('should draw each route in its own theme colour along its path', async () => {
    map = await openMap(browser(), file);
    const state = await map.inspect();
    const colors = state.routes.map((r) => r.color);
    expect(new Set(colors).size).toBe(4);
    const route = `${R}Work version - climate nonprofit designer.md`;
    // The route's own note, drawn in its colour, at its place on the canvas.
    const node = state.nodes.find((n) => n.id === route);
    expect(
      near(
        await pixel(map.page, node?.x ?? 0, node?.y ?? 0),
        hexToRgb(state.routes.find((r) => r.id === route)?.color ?? ''),
      ),
    ).toBe(true);
    // The route list says the same in words.
    const item = map.page.locator('.work-model-map-route', {
      hasText: 'climate nonprofit designer',
    });
    await expect(
      item.locator('.work-model-map-figures-clause').allTextContents(),
    ).resolves.toContain('1 step done (1 on a shared stone), 7 wins, 2 of them shared');
  });

  it('should highlight a hovered note, its neighbours and routes, with a tooltip', async () => {
    map = await openMap(browser(), file);
    const id = `${S}Facilitating workshops.md`;
    const at = await nodeOnPage(map, id);
    await map.page.mouse.move(at.x, at.y);
    await map.page.waitForFunction(
      (x) =>
        (
          window as unknown as { workModelMap: { inspect(): { hover: string } } }
        ).workModelMap.inspect().hover === x,
      id,
    );
    const state = await map.inspect();
    expect(state.emphasis).toEqual(
      expect.arrayContaining([
        id,
        `${R}Work version - climate nonprofit designer.md`,
        `${S}Climate tech network.md`,
        `${O}Work on climate problems.md`,
      ]),
    );
    expect(state.emphasis).not.toContain(`${S}Teach a UX course.md`);
    const tooltip = map.page.locator('.work-model-map-tooltip');
    await expect(tooltip.isVisible()).resolves.toBe(true);
    await expect(tooltip.textContent()).resolves.toMatch(
      /^Facilitating workshopsStepping stoneskill · done/,
    );
    await expect(tooltip.textContent()).resolves.toMatch(/Latest: 2026-\d\d-\d\d/);
    // A faint colour for notes off the highlighted routes.
    const faint = state.nodes.find((n) => n.id === `${S}Teach a UX course.md`);
    const bg = await pixel(map.page, 2, 2);
    const teach = await pixel(map.page, (faint?.x ?? 0) + 9, faint?.y ?? 0);
    expect(near(teach, bg, 60)).toBe(true);
  });

  it('should open a note on click, in a new tab with a modifier', async () => {
    map = await openMap(browser(), file);
    const id = `${S}Grant writing.md`;
    const at = await nodeOnPage(map, id);
    await map.page.mouse.click(at.x, at.y);
    await map.page.keyboard.down('Control');
    await map.page.mouse.click(at.x, at.y);
    await map.page.keyboard.up('Control');
    expect(await map.opened()).toEqual([
      [id, false, false],
      [id, true, false],
    ]);
  });

  it('should pin a dragged note and unpin it on double-click', async () => {
    map = await openMap(browser(), file);
    const id = `${O}Four-day work week.md`;
    const at = await nodeOnPage(map, id);
    const offset = (n?: { x: number; y: number; label: { x: number; y: number } | null }) => [
      Math.round((n?.label?.x ?? NaN) - (n?.x ?? NaN)),
      Math.round((n?.label?.y ?? NaN) - (n?.y ?? NaN)),
    ];
    const start = offset((await map.inspect()).nodes.find((n) => n.id === id));
    await map.page.mouse.move(at.x, at.y);
    await map.page.mouse.down();
    await map.page.mouse.move(at.x - 60, at.y + 80, { steps: 5 });
    // While it is dragged, its label goes with it.
    expect(offset((await map.inspect()).nodes.find((n) => n.id === id))).toEqual(start);
    await map.page.mouse.up();
    await map.settled();
    let node = (await map.inspect()).nodes.find((n) => n.id === id);
    expect(node?.pinned).toBe(true);
    expect(Math.round(node?.x ?? 0)).toBe(
      Math.round(at.x - 60 - ((await map.page.locator('canvas').boundingBox())?.x ?? 0)),
    );
    expect(await map.opened()).toEqual([]);
    const moved = await nodeOnPage(map, id);
    await map.page.mouse.dblclick(moved.x, moved.y);
    node = (await map.inspect()).nodes.find((n) => n.id === id);
    expect(node?.pinned).toBe(false);
  });

  it('should zoom with the wheel around the pointer, pan by dragging the background, and fit', async () => {
    map = await openMap(browser(), file);
    const before = (await map.inspect()).camera;
    const box = await map.page.locator('canvas').boundingBox();
    await map.page.mouse.move((box?.x ?? 0) + 20, (box?.y ?? 0) + 20);
    await map.page.mouse.wheel(0, -400);
    const zoomed = (await map.inspect()).camera;
    expect(zoomed.k).toBeGreaterThan(before.k * 1.5);
    await map.page.mouse.down();
    await map.page.mouse.move((box?.x ?? 0) + 120, (box?.y ?? 0) + 70, { steps: 4 });
    await map.page.mouse.up();
    const panned = (await map.inspect()).camera;
    expect(panned.x - zoomed.x).toBeCloseTo(100, 0);
    expect(panned.y - zoomed.y).toBeCloseTo(50, 0);
    await map.page.getByRole('button', { name: 'Fit the map to the pane' }).click();
    await map.settled(); // Fit eases
    expect((await map.inspect()).camera).toEqual(before);
  });

  it.each([
    ['out to its minimum', 400, 0.08],
    ['in to its maximum', -400, 4],
  ])('should draw with no error and with labels when zoomed %s', async (_, deltaY, limit) => {
    map = await openMap(browser(), file);
    // About a station, which stays under the pointer, with room for its label beside it.
    const at = await nodeOnPage(map, `${S}Climate tech network.md`);
    await map.page.mouse.move(at.x, at.y);
    for (let i = 0; i < 12; i++) await map.page.mouse.wheel(0, deltaY);
    await map.settled();
    const state = await map.inspect();
    expect(state.camera.k).toBeCloseTo(limit, 5);
    expect(state.nodes.filter((n) => n.label !== null).length).toBeGreaterThan(0);
    for (const n of state.nodes) expect(n.r).toBeGreaterThan(0);
    // Every frame drawn at the limit ran to its end: afterEach finds no page error.
    expect(state.framesDrawn).toBeGreaterThan(0);
  });

  it('should zoom with a two-finger pinch', async () => {
    map = await openMap(browser(), file, { width: 390, height: 844 }, { touch: true });
    const k = (await map.inspect()).camera.k;
    const box = await map.page.locator('canvas').boundingBox();
    const x = (box?.x ?? 0) + (box?.width ?? 0) / 2;
    const y = (box?.y ?? 0) + 150;
    const fingers = (apart: number) => [
      { x: x - apart, y },
      { x: x + apart, y },
    ];
    await touch(map, [
      { type: 'touchStart', points: fingers(20) },
      { type: 'touchMove', points: fingers(60) },
      { type: 'touchEnd', points: [] },
    ]);
    expect((await map.inspect()).camera.k).toBeCloseTo(k * 3, 1);
  });

  it('should reach every note from the keyboard through the accessible list', async () => {
    map = await openMap(browser(), file);
    const options = map.page.getByRole('option');
    await expect(options.count()).resolves.toBe(25);
    await map.page.getByRole('option', { name: 'Now', exact: true }).focus();
    await map.page.keyboard.press('ArrowDown');
    const focused = () => map.page.evaluate(() => document.activeElement?.textContent);
    expect(await focused()).toBe('Independent research studio');
    await map.page.keyboard.press('End');
    expect(await focused()).toBe('Work on climate problems');
    expect((await map.inspect()).focus).toBe(`${O}Work on climate problems.md`);
    await map.page.keyboard.press('n');
    await expect(map.page.locator('.work-model-map-live').textContent()).resolves.toBe(
      // The route's last step leads here; two more stepping stones support it.
      'Work on climate problems: linked to Climate tech network, Facilitating workshops, Grant writing, Volunteer UX for a climate nonprofit.',
    );
    await map.page.keyboard.press('Enter');
    expect(await map.opened()).toEqual([[`${O}Work on climate problems.md`, false, false]]);
    await expect(
      map.page.getByRole('option', { name: 'Grant writing' }).getAttribute('aria-description'),
    ).resolves.toContain('Stepping stone. skill · planned');
  });

  it('should focus a route selected in the route list, dimming the rest', async () => {
    map = await openMap(browser(), file);
    const button = map.page.locator('.work-model-map-route', { hasText: 'fintech research lead' });
    await button.click();
    await expect(button.getAttribute('aria-pressed')).resolves.toBe('true');
    const state = await map.inspect();
    expect(state.selectedRoutes).toEqual([`${R}Work version - fintech research lead.md`]);
    expect(state.emphasis).toContain(`${S}Mentorship with Priya.md`);
    expect(state.emphasis).not.toContain(`${S}Grant writing.md`);
  });

  it('should toggle filters: paused routes, stone categories, evidence notes', async () => {
    map = await openMap(browser(), file);
    await map.page.locator('summary', { hasText: 'Filters' }).click();
    await map.page.getByLabel('paused').uncheck();
    let ids = (await map.inspect()).nodes.map((n) => n.id);
    expect(ids).not.toContain(`${R}Speak and write on inclusive design.md`);
    await map.page.getByLabel('paused').check();
    ids = (await map.inspect()).nodes.map((n) => n.id);
    expect(ids).toContain(`${R}Speak and write on inclusive design.md`);
    await map.page.getByLabel('relationship').uncheck();
    ids = (await map.inspect()).nodes.map((n) => n.id);
    expect(ids).not.toContain(`${S}Mentorship with Priya.md`);
    await map.page.getByLabel('evidence notes').check();
    const kinds = (await map.inspect()).nodes.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'evidence')).toHaveLength(29);
  });

  it('should find a note with the search box', async () => {
    map = await openMap(browser(), file);
    await map.page.getByRole('searchbox', { name: 'Find a note on the map' }).fill('grant');
    await map.page.keyboard.press('Enter');
    expect(await map.page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Grant writing',
    );
    await map.settled(); // the camera eases to the match
    const state = await map.inspect();
    expect(state.focus).toBe(`${S}Grant writing.md`);
    // Zoomed to a readable size, the match on screen.
    expect(state.camera.k).toBeGreaterThanOrEqual(1);
    const grant = state.nodes.find((n) => n.title === 'Grant writing');
    expect(grant?.x).toBeGreaterThan(0);
    expect(grant?.x).toBeLessThan(state.canvas.width);
    expect(grant?.label).not.toBeNull();
  });

  it('should search signals and count the matches, filtering the note list', async () => {
    map = await openMap(browser(), file);
    const search = map.page.getByRole('searchbox', { name: 'Find a note on the map' });
    await search.fill('setback');
    const count = map.page.locator('.work-model-map-count');
    const matches = (await map.inspect()).matches;
    expect(matches.length).toBeGreaterThan(1);
    await expect(count.textContent()).resolves.toBe(`${matches.length} matches`);
    await expect(map.page.getByRole('option').count()).resolves.toBe(matches.length);
    await search.fill('no such note anywhere');
    await expect(count.textContent()).resolves.toBe('no matches');
  });

  it('should count the matches again when a filter takes a match off the map', async () => {
    map = await openMap(browser(), file);
    await map.page.getByRole('searchbox', { name: 'Find a note on the map' }).fill('priya');
    const count = map.page.locator('.work-model-map-count');
    const before = (await map.inspect()).matches;
    expect(before).toContain(`${S}Mentorship with Priya.md`);
    await expect(count.textContent()).resolves.toMatch(new RegExp(`^${before.length} match`));
    await map.page.locator('summary', { hasText: 'Filters' }).click();
    await map.page.getByLabel('relationship').uncheck();
    const after = (await map.inspect()).matches;
    expect(after).not.toContain(`${S}Mentorship with Priya.md`);
    await expect(count.textContent()).resolves.toBe(
      after.length === 0 ? 'no matches' : `${after.length} match${after.length === 1 ? '' : 'es'}`,
    );
  });

  it('should announce hidden routes and show them on request', async () => {
    map = await openMap(browser(), file);
    // Paused routes are drawn by default; hiding them is the user's choice, and announced.
    await map.page.locator('summary', { hasText: 'Filters' }).click();
    await map.page.getByLabel('paused').uncheck();
    const hidden = map.page.locator('.work-model-map-hidden-routes');
    await expect(hidden.textContent()).resolves.toContain(
      '1 paused route hidden: Speak and write on inclusive design',
    );
    expect((await map.inspect()).hiddenRoutes).toEqual([
      {
        id: `${R}Speak and write on inclusive design.md`,
        title: 'Speak and write on inclusive design',
        status: 'paused',
      },
    ]);
    await map.page.getByRole('button', { name: 'Show the hidden routes' }).click();
    const state = await map.inspect();
    expect(state.hiddenRoutes).toEqual([]);
    expect(state.routes.map((r) => r.title)).toContain('Speak and write on inclusive design');
    await expect(hidden.isVisible()).resolves.toBe(false);
  });

  it("should explain every mark in the legend, with each route's full name", async () => {
    map = await openMap(browser(), file);
    await map.page.locator('summary', { hasText: 'Legend' }).click();
    const legend = map.page.locator('.work-model-map-legend-body');
    const text = await legend.textContent();
    expect(text).toContain('Work version - climate nonprofit designer');
    expect(text).toContain('Independent research studio (high risk)');
    for (const mark of [
      'Now',
      'Step number',
      'Missing note',
      'high-risk route',
      'resting',
      'stale',
    ])
      expect(text).toContain(mark);
  });

  it('should give the search its own line on a phone, and every control one line below it', async () => {
    map = await openMap(browser(), file, { width: 390, height: 844 }, { touch: true });
    const toolbar = await map.page.locator('.work-model-map-toolbar').boundingBox();
    const search = await map.page.getByRole('searchbox').boundingBox();
    const controls = await Promise.all(
      [
        map.page.getByRole('button', { name: 'Fit the map to the pane' }),
        map.page.locator('summary', { hasText: 'Legend' }),
        map.page.locator('summary', { hasText: 'Filters' }),
        map.page.getByRole('button', { name: 'Lists' }),
        map.page.locator('summary', { hasText: 'Next steps' }),
      ].map((l) => l.boundingBox()),
    );
    if (!toolbar || !search || controls.some((c) => !c)) throw new Error('toolbar not laid out');
    const boxes = controls.filter((c) => c !== null);
    // The search spans the toolbar (less its padding), above every control.
    expect(search.width).toBeGreaterThan(toolbar.width - 24);
    for (const c of boxes) expect(c.y).toBeGreaterThanOrEqual(search.y + search.height);
    // The controls share one line that starts where the search does.
    const middles = boxes.map((c) => c.y + c.height / 2);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
    expect(Math.abs((boxes[0]?.x ?? 0) - search.x)).toBeLessThan(2);
  });

  it('should select a tapped note on touch and open it from the facts sheet', async () => {
    map = await openMap(browser(), file, { width: 390, height: 844 }, { touch: true });
    const id = `${S}Grant writing.md`;
    await tap(map, id);
    const sheet = map.page.getByRole('dialog', { name: 'Note facts' });
    await expect(sheet.textContent()).resolves.toContain('Grant writing');
    expect(await map.opened()).toEqual([]);
    await sheet.getByRole('button', { name: 'Open' }).click();
    expect(await map.opened()).toEqual([[id, false, false]]);
    // Close drops the selection: the sheet goes, and the map is drawn again without its light.
    await map.settled();
    const { framesDrawn, emphasis } = await map.inspect();
    expect(emphasis).toContain(id);
    await sheet.getByRole('button', { name: 'Close' }).click();
    await map.settled();
    const after = await map.inspect();
    await expect(sheet.isVisible()).resolves.toBe(false);
    expect(after.emphasis).toEqual([]);
    expect(after.framesDrawn).toBeGreaterThan(framesDrawn);
  });

  it('should close the facts sheet when a filter takes its note off the map', async () => {
    map = await openMap(browser(), file, { width: 390, height: 844 }, { touch: true });
    const id = `${S}Mentorship with Priya.md`;
    await tap(map, id);
    const sheet = map.page.getByRole('dialog', { name: 'Note facts' });
    await expect(sheet.textContent()).resolves.toContain('Mentorship with Priya');
    await map.page.locator('summary', { hasText: 'Filters' }).click();
    await map.page.getByLabel('relationship').uncheck();
    await map.settled();
    await expect(sheet.isVisible()).resolves.toBe(false);
    expect((await map.inspect()).emphasis).toEqual([]);
  });

  it('should follow a theme switch, and leave screenshots of both themes', async () => {
    map = await openMap(browser(), file);
    const lightBg = await pixel(map.page, 3, 3);
    await map.page.screenshot({ path: join(outputDir, 'screenshots', 'career-vault-light.png') });
    await map.page.getByRole('button', { name: 'Switch to the dark theme' }).click();
    await expect(map.page.locator('#theme-toggle').textContent()).resolves.toBe('Light theme');
    await map.page.evaluate(
      () => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))),
    );
    const darkBg = await pixel(map.page, 3, 3);
    expect(lightBg).toEqual([255, 255, 255]);
    expect(darkBg).toEqual([30, 30, 30]);
    const colors = (await map.inspect()).routes.map((r) => r.color);
    expect(colors).toContain('#027aff'); // the dark theme's blue
    await map.page.screenshot({ path: join(outputDir, 'screenshots', 'career-vault-dark.png') });
  });

  it('should keep every note in place when a note changes but the routes do not, and draw nothing while idle', async () => {
    map = await openMap(browser(), file);
    const before = await map.inspect();
    await map.page.waitForTimeout(300);
    expect((await map.inspect()).framesDrawn).toBe(before.framesDrawn);
    await map.page.evaluate(() => {
      const w = window as unknown as { workModelMap: { update(m: unknown): void } };
      const data = JSON.parse(document.getElementById('work-model-data')?.textContent ?? '{}') as {
        model: { nodes: { title: string; status: string }[] };
      };
      for (const n of data.model.nodes) if (n.title === 'Grant writing') n.status = 'building';
      w.workModelMap.update(data.model);
    });
    await map.settled();
    const after = await map.inspect();
    expect(after.nodes.map((n) => [n.id, n.x, n.y])).toEqual(
      before.nodes.map((n) => [n.id, n.x, n.y]),
    );
    expect(after.framesDrawn).toBeGreaterThan(before.framesDrawn);
  });

  // Opening a problem from the badge is tested on a vault with problems (edge-cases.test.ts).
  it('should show no problems badge for a vault without problems', async () => {
    map = await openMap(browser(), file);
    // The badge reads "1 problem"; a route card may name an outcome such as "… climate problems".
    await expect(map.page.getByRole('button', { name: /^\d+ problems?$/ }).count()).resolves.toBe(
      0,
    );
    await expect(map.page.locator('.work-model-map-problems').isVisible()).resolves.toBe(false);
  });
});
