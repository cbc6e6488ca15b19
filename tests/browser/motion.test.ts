import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  exportExampleMap,
  openMap,
  pixel,
  useChromium,
  type Inspect,
  type MapPage,
} from './chromium';

const browser = useChromium();
let file = '';
const pages: MapPage[] = [];

beforeAll(async () => {
  file = await exportExampleMap('career-vault-motion');
});

afterEach(async () => {
  for (const map of pages.splice(0)) {
    expect(map.problems).toEqual([]);
    await map.page.close();
  }
});

async function open(options: { reducedMotion?: boolean; clock?: boolean }): Promise<MapPage> {
  const map = await openMap(browser(), file, { width: 1280, height: 800 }, options);
  pages.push(map);
  return map;
}

/** Hides the relationship stones: the notes left are laid out again, and move. */
const hideRelationships = (map: MapPage) =>
  map.page.evaluate(() =>
    (
      window as unknown as { workModelMap: { setFilters(f: object): void } }
    ).workModelMap.setFilters({ hiddenSkillCategories: ['relationship'] }),
  );

/** Where each note is in the world the camera looks at, by id. */
const world = (s: Inspect) =>
  new Map(
    s.nodes.map((n) => [
      n.id,
      [(n.x - s.camera.x) / s.camera.k, (n.y - s.camera.y) / s.camera.k] as const,
    ]),
  );

describe('the map in motion', () => {
  it('should glide stations to their new places, then settle exactly where the layout put them', async () => {
    const still = await open({ reducedMotion: true });
    await hideRelationships(still);
    await still.settled();
    const end = world(await still.inspect());

    const map = await open({ clock: true });
    const start = world(await map.inspect());
    await map.page.clock.pauseAt(Date.now() + 60_000);
    await hideRelationships(map);
    await map.page.clock.runFor(100);
    const middle = await map.inspect();
    expect(middle.settled).toBe(false);
    const between = [...world(middle)].filter(([id, [x, y]]) => {
      const [x0, y0] = start.get(id) ?? [NaN, NaN];
      const [x1, y1] = end.get(id) ?? [NaN, NaN];
      const inside = (v: number, a: number, b: number) => v > Math.min(a, b) && v < Math.max(a, b);
      return inside(x, x0, x1) || inside(y, y0, y1);
    });
    expect(between.length).toBeGreaterThan(0);
    await map.page.clock.runFor(1000);
    const settled = await map.inspect();
    expect(settled.settled).toBe(true);
    expect(world(settled)).toEqual(end);
  });

  it('should draw every gliding route station where it is at that moment, over the stations that stay', async () => {
    const map = await open({ clock: true });
    const start = await map.inspect();
    const background = await pixel(map.page, 2, 2);
    await map.page.clock.pauseAt(Date.now() + 60_000);
    await hideRelationships(map);
    await map.page.clock.runFor(100);
    const middle = await map.inspect();
    expect(middle.settled).toBe(false);
    const was = world(start);
    const moved = [...world(middle)].filter(([id, [x, y]]) => {
      const [x0, y0] = was.get(id) ?? [x, y];
      return Math.hypot(x - x0, y - y0) > 1;
    });
    const routes = middle.nodes.filter(
      (n) => n.kind === 'route' && moved.some(([id]) => id === n.id),
    );
    expect(routes.length).toBeGreaterThan(0);
    // A route's station is a dot in its colour: drawn each frame where the glide has it.
    for (const r of routes) expect(await pixel(map.page, r.x, r.y), r.id).not.toEqual(background);
  });

  it('should move nothing with reduced motion: the new places at once', async () => {
    const map = await open({ reducedMotion: true, clock: true });
    await map.page.clock.pauseAt(Date.now() + 60_000);
    const camera = (await map.inspect()).camera;
    await hideRelationships(map);
    // Before any frame: the layout is done, and the stations are already where it put them.
    const at = await map.inspect();
    await map.page.clock.runFor(1000);
    const after = await map.inspect();
    expect(world(at)).toEqual(world(after));
    expect(after.settled).toBe(true);
    // The camera refitted to the new drawing at once too.
    expect(at.camera).toEqual(after.camera);
    expect(at.camera).not.toEqual(camera);
  });

  it('should zoom in on a double-click at once with reduced motion', async () => {
    const map = await open({ reducedMotion: true, clock: true });
    await map.page.clock.pauseAt(Date.now() + 60_000);
    const before = await map.inspect();
    // A point of the canvas farthest from every station: the background.
    const box = await map.page.locator('canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    let spot = { x: 0, y: 0, far: -1 };
    for (let x = box.x + 40; x < box.x + box.width - 40; x += 20)
      for (let y = box.y + 40; y < box.y + box.height - 40; y += 20) {
        const far = Math.min(
          ...before.nodes.map((n) => Math.hypot(n.x + box.x - x, n.y + box.y - y)),
        );
        if (far > spot.far) spot = { x, y, far };
      }
    expect(spot.far).toBeGreaterThan(40);
    await map.page.mouse.dblclick(spot.x, spot.y);
    // No clock has run: an eased zoom would not have begun.
    const after = await map.inspect();
    expect(after.camera.k).toBeCloseTo(before.camera.k * 2, 6);
  });

  it('should settle when a move replaces an eased one before it began', async () => {
    const map = await open({});
    await map.page.evaluate(() => {
      const m = (
        window as unknown as { workModelMap: { setViewState(s: object): void; fit(): void } }
      ).workModelMap;
      m.setViewState({ camera: { k: 2, x: 0, y: 0 } });
      m.fit(); // eases, from the next frame on
      // Restored at once in the same task: d3 cancels the ease it had not begun.
      m.setViewState({ camera: { k: 1.5, x: 10, y: 20 } });
    });
    await map.settled();
    expect((await map.inspect()).camera).toEqual({ k: 1.5, x: 10, y: 20 });
  });

  it('should glide in a pop-out window while the main window is shown', async () => {
    const popup = await openPopOut(await open({}));
    const { before, at, after } = await popup.hideStones(false, false);
    // The first frame's places are between the old and the new: the stations glide.
    expect(at).not.toEqual(after);
    expect(moved(before, after)).toBeGreaterThan(0);
  });

  it("should move a pop-out window's map at once while the main window is hidden", async () => {
    const popup = await openPopOut(await open({}));
    // Minimised or covered: its frames, which d3's timer runs on, stop.
    const { before, at, after } = await popup.hideStones(true, false);
    expect(at).toEqual(after);
    expect(moved(before, after)).toBeGreaterThan(0);
  });

  it('should land a glide under way when the main window is hidden', async () => {
    const popup = await openPopOut(await open({}));
    const { before, at, after } = await popup.hideStones(false, true);
    expect(at).toEqual(after);
    expect(moved(before, after)).toBeGreaterThan(0);
  });

  it('should keep every station in place when a hidden route is shown', async () => {
    const map = await open({});
    // Paused routes are drawn by default: the user hides the example's one first.
    await map.page.locator('summary', { hasText: 'Filters' }).click();
    await map.page.getByLabel('paused').uncheck();
    await map.settled();
    const before = world(await map.inspect());
    await map.page.getByRole('button', { name: 'Show the hidden routes' }).click();
    await map.settled();
    const state = await map.inspect();
    expect(state.hiddenRoutes).toEqual([]);
    const after = world(state);
    expect(after.size).toBeGreaterThan(before.size);
    for (const [id, [x, y]] of before) {
      expect(after.get(id)?.[0], id).toBeCloseTo(x, 6);
      expect(after.get(id)?.[1], id).toBeCloseTo(y, 6);
    }
  });
});

/** How many stations moved more than a pixel between two sets of places. */
const moved = (before: ReturnType<typeof world>, after: ReturnType<typeof world>) =>
  [...after].filter(([id, [x, y]]) => {
    const [x0, y0] = before.get(id) ?? [x, y];
    return Math.hypot(x - x0, y - y0) > 1;
  }).length;

/** A second map of the page's model, built in a second window as Obsidian builds a pop-out's. */
async function openPopOut(map: MapPage) {
  await map.page.evaluate(() => {
    type Map = { update(model: unknown): void; model: unknown; filters: unknown };
    const main = (window as unknown as { workModelMap: Map }).workModelMap;
    const popup = window.open('', 'pop-out', 'width=900,height=700');
    if (!popup) throw new Error('no second window');
    // Obsidian gives each pop-out window its DOM helpers, as the page gave its own window.
    const helpers = {
      Node: ['createEl', 'createDiv', 'createSpan', 'empty', 'setText', 'appendText'],
      Element: ['getText', 'hasClass', 'addClass', 'removeClass', 'toggleClass', 'setAttr'],
      HTMLElement: ['setCssProps'],
    };
    type Types = Record<string, { prototype: Record<string, unknown> }>;
    for (const [type, names] of Object.entries(helpers))
      for (const name of names)
        Object.defineProperty((popup as unknown as Types)[type]?.prototype, name, {
          value: (window as unknown as Types)[type]?.prototype[name],
        });
    for (const style of document.querySelectorAll('style'))
      popup.document.head.appendChild(popup.document.importNode(style, true));
    const container = popup.document.body.createDiv({ attr: { id: 'app' } });
    const Work = main.constructor as new (el: HTMLElement, host: object, filters: unknown) => Map;
    const noop = () => undefined;
    const there = new Work(
      container,
      { open: noop, createNote: noop, savePositions: noop },
      main.filters,
    );
    there.update(main.model);
    (window as unknown as { popupMap: Map }).popupMap = there;
  });
  const popup = {
    inspect: () =>
      map.page.evaluate(() =>
        (window as unknown as { popupMap: { inspect(): Inspect } }).popupMap.inspect(),
      ),
    settled: () =>
      map.page.waitForFunction(() => {
        const s = (window as unknown as { popupMap: { inspect(): Inspect } }).popupMap.inspect();
        return s.settled && s.nodes.length > 0;
      }),
  };
  await popup.settled();
  return {
    /**
     * Hides the relationship stones in the pop-out and reads its stations before any frame:
     * with the main window hidden first (`hidden`), or hidden just after (`hideAfter`).
     */
    async hideStones(hidden: boolean, hideAfter: boolean) {
      const before = world(await popup.inspect());
      const at = world(
        await map.page.evaluate(
          async ([hidden, hideAfter]) => {
            const hide = () => {
              Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
              document.dispatchEvent(new Event('visibilitychange'));
            };
            const there = (
              window as unknown as {
                popupMap: {
                  setFilters(f: object): void;
                  inspect(): Inspect;
                  layout: { gliding: boolean; settled: boolean };
                  dom: { root: HTMLElement };
                };
              }
            ).popupMap;
            if (hidden) hide();
            there.setFilters({ hiddenSkillCategories: ['relationship'] });
            // On a busy machine the layout can take more than one slice: wait for it on the
            // pop-out's own frames, and for the glide to begin when one should.
            const own = there.dom.root.ownerDocument.defaultView ?? window;
            const ready = () => there.layout.settled && (hidden || there.layout.gliding);
            for (let i = 0; !ready(); i++) {
              if (i > 600) throw new Error('the layout never finished');
              await new Promise((r) => own.requestAnimationFrame(r));
            }
            if (hideAfter) hide();
            return there.inspect();
          },
          [hidden, hideAfter] as const,
        ),
      );
      await popup.settled();
      const after = world(await popup.inspect());
      expect(after.size).toBeLessThan(before.size);
      return { before, at, after };
    },
  };
}
