import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exportExampleMap, nodeOnPage, openMap, useChromium, type MapPage } from './chromium';

const browser = useChromium();
let file = '';
const S = 'Work Model/Stepping stones/';
const O = 'Work Model/Outcomes/';
let map: MapPage;

beforeAll(async () => {
  file = await exportExampleMap('career-vault-readable');
});

afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

const PHONE = { width: 390, height: 844 };

describe('the map as a person reads it', () => {
  it.each(['clearing the box', 'Escape', 'a click on the background'])(
    'should undim the map after a search and Enter, on %s',
    async (how) => {
      map = await openMap(browser(), file);
      const search = map.page.getByRole('searchbox', { name: 'Find a note on the map' });
      await search.fill('grant');
      await map.page.keyboard.press('Enter');
      await map.settled();
      expect((await map.inspect()).emphasis.length).toBeGreaterThan(0);
      if (how === 'clearing the box') await search.fill('');
      else if (how === 'Escape') {
        await search.focus();
        await map.page.keyboard.press('Escape');
      } else {
        const box = await map.page.locator('canvas').boundingBox();
        await map.page.mouse.click((box?.x ?? 0) + 4, (box?.y ?? 0) + (box?.height ?? 0) - 4);
      }
      const state = await map.inspect();
      expect(state.emphasis).toEqual([]);
      expect(state.matches).toEqual([]);
      expect(state.focus).toBeNull();
    },
  );

  it('should list the route strips by rank, each with its figures, and keep them apart under the wheel', async () => {
    map = await openMap(browser(), file, PHONE);
    const state = await map.inspect();
    expect(state.layout).toBe('strips');
    const routes = state.nodes.filter((n) => n.kind === 'route').sort((a, b) => a.y - b.y);
    const ranked = await map.page.locator('.work-model-map-route-name').allTextContents();
    const shown = new Set(routes.map((r) => r.title));
    expect(routes.map((r) => r.title)).toEqual(
      ranked.map((t) => t.replace(/^\d+\. /, '')).filter((t) => shown.has(t)),
    );
    expect(routes[0]?.label?.text).toMatch(/#1 · advancement \d+ · \d+\/\d+ steps done/);
    const labels = state.nodes.filter((n) => n.label).length;
    const box = await map.page.locator('canvas').boundingBox();
    await map.page.mouse.move((box?.x ?? 0) + 200, (box?.y ?? 0) + 300);
    for (let i = 0; i < 5; i++) await map.page.mouse.wheel(0, 400);
    await map.settled();
    const after = await map.inspect();
    expect(after.camera.k).toBe(state.camera.k);
    expect(after.nodes.filter((n) => n.label).length).toBe(labels);
  });

  it('should not cover the facts sheet with the lists', async () => {
    map = await openMap(browser(), file, PHONE, { touch: true });
    await map.page.getByRole('button', { name: 'Show the route and note lists' }).click();
    // A stone on the first strip, on screen below the toolbar's two rows.
    const at = await nodeOnPage(map, `${S}SQL and product analytics.md`);
    await map.page.touchscreen.tap(at.x, at.y);
    const sheet = map.page.getByRole('dialog', { name: 'Note facts' });
    await expect(sheet.textContent()).resolves.toContain('SQL and product analytics');
    const covered = await map.page.evaluate(() => {
      const el = document.querySelector('.work-model-map-sheet') as HTMLElement;
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return !el.contains(top);
    });
    expect(covered).toBe(false);
  });

  it('should keep the tooltip inside the map beside the lists', async () => {
    map = await openMap(browser(), file);
    const id = `${O}Four-day work week.md`;
    const at = await nodeOnPage(map, id);
    await map.page.mouse.move(at.x, at.y);
    const tip = await map.page.locator('.work-model-map-tooltip').boundingBox();
    const stage = await map.page.locator('.work-model-map-stage').boundingBox();
    expect(tip).not.toBeNull();
    expect((tip?.x ?? 0) + (tip?.width ?? 0)).toBeLessThanOrEqual(
      (stage?.x ?? 0) + (stage?.width ?? 0),
    );
    expect(tip?.x ?? -1).toBeGreaterThanOrEqual(stage?.x ?? 0);
  });

  it("should reach the health panel's links with Tab", async () => {
    map = await openMap(browser(), file);
    const links = map.page.locator('.work-model-map-health a');
    expect(await links.count()).toBeGreaterThan(0);
    const first = links.first();
    // Tab from the element before the first link lands on it.
    await first.evaluate((a) => {
      const all = [...document.querySelectorAll<HTMLElement>('a[href], button, input, [tabindex]')];
      const before = all[all.indexOf(a as HTMLElement) - 1];
      before?.focus();
    });
    await map.page.keyboard.press('Tab');
    expect(await first.evaluate((a) => document.activeElement === a)).toBe(true);
  });

  it.each([
    [800, 600],
    [1280, 800],
    [600, 900],
  ])('should set step numbers of routes sharing a stone apart at %i×%i', async (width, height) => {
    map = await openMap(browser(), file, { width, height });
    const state = await map.inspect();
    // A number's box as drawn, at most: set smaller than the labels, a digit 0.6 em wide, with
    // its halo of 2 px all round.
    const em = Math.max(...state.nodes.map((n) => n.label?.fontPx ?? 0));
    const box = (n: { n: number; x: number; y: number }) => {
      const width = String(n.n).length * 0.6 * em + 4;
      return { x: n.x - width / 2, y: n.y - (em + 4) / 2, width, height: em + 4 };
    };
    const byStep = new Map<string, { n: number; x: number; y: number; route: string }[]>();
    for (const r of state.routes)
      for (const n of r.numbers)
        byStep.set(n.step, [...(byStep.get(n.step) ?? []), { ...n, route: r.id }]);
    // The example's shared stones: Conference talk, Design community peers, Facilitating workshops.
    const shared = [...byStep].filter(([, ns]) => new Set(ns.map((n) => n.route)).size > 1);
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const [step, ns] of shared)
      for (const a of ns)
        for (const b of ns) {
          if (a.route >= b.route) continue;
          const p = box(a);
          const q = box(b);
          const apart =
            p.x + p.width <= q.x ||
            q.x + q.width <= p.x ||
            p.y + p.height <= q.y ||
            q.y + q.height <= p.y;
          expect(apart, `${a.n} and ${b.n} at ${step}`).toBe(true);
        }
  });

  it.each([
    [800, 600],
    [1280, 800],
    [390, 844],
  ])('should cut no label at the canvas edge at %i×%i', async (width, height) => {
    map = await openMap(browser(), file, { width, height });
    const state = await map.inspect();
    for (const n of state.nodes) {
      if (!n.label) continue;
      expect(n.label.x, n.title).toBeGreaterThanOrEqual(0);
      expect(n.label.y, n.title).toBeGreaterThanOrEqual(0);
      expect(n.label.x + n.label.width, n.title).toBeLessThanOrEqual(width);
      expect(n.label.y + n.label.height, n.title).toBeLessThanOrEqual(state.canvas.height);
    }
  });

  it('should give the camera, filters, selection and search back as it was asked to', async () => {
    map = await openMap(browser(), file);
    const restored = await map.page.evaluate(() => {
      type Map = { getViewState(): unknown; setViewState(s: unknown): void };
      const m = (window as unknown as { workModelMap: Map }).workModelMap;
      m.setViewState({
        camera: { k: 1.5, x: 10, y: 20 },
        search: 'grant',
        selectedRoutes: ['Work Model/Routes/Work version - fintech research lead.md'],
      });
      return m.getViewState();
    });
    expect(restored).toMatchObject({
      camera: { k: 1.5, x: 10, y: 20 },
      search: 'grant',
      selectedRoutes: ['Work Model/Routes/Work version - fintech research lead.md'],
      filters: { showEvidence: false },
    });
    expect((await map.inspect()).matches).toContain(`${S}Grant writing.md`);
  });
});
