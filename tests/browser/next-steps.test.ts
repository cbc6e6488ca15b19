import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gauge } from '../../src/model';
import { checkReportOutput } from '../helpers/report-contract';
import { cliPath, copyVault, exampleVault, fixture } from '../helpers/vault';
import { nodeOnPage, openMap, outputDir, tap, useChromium, type MapPage } from './chromium';

const browser = useChromium();
const NOW = '2026-11-20';
let map: MapPage;

/** The CLI's output for a vault, as a user would run it. */
const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cliPath, ...args], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  checkReportOutput(args, r.stdout);
  return r.stdout;
};

interface ReportRoute {
  id: string;
  title: string;
  gauges: Record<string, number | null> | null;
  gaugesBefore: Record<string, number | null> | null;
}
interface NextEntry {
  stone: string;
  onRoutes: string[];
  nextOn: string[];
}

/** A vault copied with fixed file times and exported as a map page; its CLI answers. */
async function exported(name: string, source: string, now: string) {
  const vault = await copyVault(source, '2026-05-01', name);
  const file = join(outputDir, `${name}-next.html`);
  cli('export', vault, '--html', file, '--force', '--now', now);
  const json = JSON.parse(cli('report', vault, '--json', '--now', now)) as {
    routes: ReportRoute[];
    next: NextEntry[];
  };
  return { vault, file, json, text: cli('report', vault, '--now', now), now };
}

/** The lines of one section of the text report, without their indent. */
const section = (text: string, heading: string) =>
  (text.split(`\n${heading}`)[1]?.split('\n\n')[0] ?? '')
    .split('\n')
    .slice(1)
    .map((l) => l.trim());

let career: Awaited<ReturnType<typeof exported>>;
let fixtureVault: Awaited<ReturnType<typeof exported>>;

beforeAll(async () => {
  await mkdir(join(outputDir, 'screenshots'), { recursive: true });
  career = await exported('career-vault', exampleVault, NOW);
  fixtureVault = await exported('next-steps', fixture('next-steps'), NOW);
});

afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

const panel = () => map.page.locator('.work-model-map-next');
const steps = () => panel().locator('.work-model-map-next-step');
const openPanel = () => panel().locator('summary').click();
const routeCard = (title: string) =>
  map.page.locator('.work-model-map-route', {
    has: map.page.locator('.work-model-map-route-name', { hasText: title }),
  });

describe('the next steps panel of the map', () => {
  it("should list the next steps in the model's order, each with why, as `work-model next` prints them", async () => {
    map = await openMap(browser(), career.file);
    const printed = cli('next', career.vault, '--now', NOW)
      .split('\n')
      .filter((l) => /^ {2}\d+\. /.test(l))
      .map((l) => l.trim());
    expect(printed).toHaveLength(3);
    await openPanel();
    const shown = await steps().evaluateAll((buttons) =>
      buttons.map((b) => {
        const part = (cls: string) => b.querySelector(cls)?.textContent ?? '';
        return `${part('.work-model-map-next-name')}: ${part('.work-model-map-next-why')}`;
      }),
    );
    expect(shown).toEqual(printed);
    // Each names the routes it keeps open, in their map colours.
    const first = career.json.next[0];
    const titles = new Map(career.json.routes.map((r) => [r.id, r.title]));
    await expect(
      steps().first().locator('.work-model-map-next-route').allTextContents(),
    ).resolves.toEqual(first?.onRoutes.map((id) => titles.get(id)));
  });

  it('should light exactly the routes a next step keeps open, ring its station, and clear again', async () => {
    map = await openMap(browser(), fixtureVault.file);
    await openPanel();
    const bridge = fixtureVault.json.next[0];
    expect(bridge?.onRoutes.length).toBe(2);
    await steps().first().click();
    let state = await map.inspect();
    expect(state.selectedStep).toBe(bridge?.stone);
    expect(state.litRoutes).toEqual([...(bridge?.onRoutes ?? [])].sort());
    // The stone and both routes' notes are shown in full; a route it is not on is faint.
    expect(state.emphasis).toContain(bridge?.stone);
    expect(state.emphasis).toContain('Routes/Alpha.md');
    expect(state.emphasis).toContain('Routes/Beta.md');
    expect(state.emphasis).not.toContain('Routes/Gamma.md');
    await expect(steps().first().getAttribute('aria-pressed')).resolves.toBe('true');

    // Another step replaces it; Clear lets go, and the map is as before.
    await steps().nth(1).click();
    state = await map.inspect();
    expect(state.litRoutes).toEqual(fixtureVault.json.next[1]?.onRoutes);
    await panel()
      .getByRole('button', { name: /^Clear the next step/ })
      .click();
    state = await map.inspect();
    expect(state.selectedStep).toBeNull();
    expect(state.litRoutes).toEqual([]);
    expect(state.emphasis).toEqual([]);
  });

  it('should keep one selection: a route selected lets go of the next step, and back', async () => {
    map = await openMap(browser(), fixtureVault.file);
    await openPanel();
    await steps().first().click();
    await routeCard('Gamma').click();
    let state = await map.inspect();
    expect(state.selectedStep).toBeNull();
    expect(state.litRoutes).toEqual(['Routes/Gamma.md']);
    await steps().first().click();
    state = await map.inspect();
    expect(state.selectedRoutes).toEqual([]);
    expect(state.litRoutes).toEqual(['Routes/Alpha.md', 'Routes/Beta.md']);
  });

  it('should work with the keyboard only', async () => {
    map = await openMap(browser(), fixtureVault.file);
    await map.page.locator('.work-model-map-search').focus();
    const focused = () =>
      map.page.evaluate(() => document.activeElement?.textContent?.slice(0, 40) ?? '');
    // Tab from the search box reaches the panel's summary; Enter opens it.
    for (let i = 0; i < 6 && (await focused()) !== 'Next steps'; i++)
      await map.page.keyboard.press('Tab');
    expect(await focused()).toBe('Next steps');
    await map.page.keyboard.press('Enter');
    await map.page.keyboard.press('Tab');
    await map.page.keyboard.press('Enter');
    expect((await map.inspect()).litRoutes).toEqual(['Routes/Alpha.md', 'Routes/Beta.md']);
    // The step keeps the focus through the redraw: Enter again lets go.
    expect(await focused()).toMatch(/^1\. Bridge/);
    await map.page.keyboard.press('Enter');
    expect((await map.inspect()).selectedStep).toBeNull();
    // Escape lets go as well.
    await map.page.keyboard.press('Tab');
    await map.page.keyboard.press('Enter');
    expect((await map.inspect()).litRoutes).toEqual(['Routes/Gamma.md']);
    await map.page.keyboard.press('Escape');
    expect((await map.inspect()).litRoutes).toEqual([]);
    expect(await focused()).toMatch(/^2\. Lone/);
  });
});

describe("the route card's arrival and gauges", () => {
  it('should say each live and resting route arrives in the words the report prints', async () => {
    map = await openMap(browser(), career.file);
    const printed = section(career.text, 'At this pace');
    expect(printed).toHaveLength(4);
    for (const line of printed) {
      const [title, ...words] = line.split(': ');
      await expect(
        routeCard(title ?? '')
          .locator('.work-model-map-arrival')
          .textContent(),
      ).resolves.toBe(words.join(': '));
    }
    // A route late for a horizon says so in the warning colour, too.
    await expect(
      routeCard('fintech research lead').locator('.work-model-map-arrival').getAttribute('class'),
    ).resolves.toContain('is-late');
  });

  it('should draw four gauge bars with their change since the previous revision', async () => {
    map = await openMap(browser(), career.file);
    const arrow = (now: number | null, before: number | null) =>
      now === null || before === null ? '' : now > before ? '↑' : now < before ? '↓' : '=';
    let withChange = 0;
    for (const r of career.json.routes.filter((x) => x.gauges)) {
      const rows = await routeCard(r.title)
        .locator('.work-model-map-gauge')
        .evaluateAll((els) =>
          els.map((el) => ({
            name: el.querySelector('.work-model-map-gauge-name')?.textContent,
            filled: el.querySelectorAll('.is-filled').length,
            value: el.querySelector('.work-model-map-gauge-value')?.textContent,
            change: el.querySelector('.work-model-map-gauge-change')?.textContent,
          })),
        );
      expect(rows).toEqual(
        gauge.options.map((g) => {
          const now = r.gauges?.[g] ?? null;
          return {
            name: g,
            filled: now ?? 0,
            value: String(now ?? '–'),
            change: arrow(now, r.gaugesBefore?.[g] ?? null),
          };
        }),
      );
      withChange += rows.filter((x) => x.change === '↑' || x.change === '↓').length;
    }
    // The example's previous revision recorded other gauges: the changes show.
    expect(withChange).toBeGreaterThan(0);
    await expect(
      routeCard('climate nonprofit designer')
        .locator('.work-model-map-gauges-caption')
        .textContent(),
    ).resolves.toBe('Gauges, 1 to 5, change since 2026-10-31');
    // A route with no gauges written has no bars.
    await expect(
      routeCard('Independent research studio').locator('.work-model-map-gauge').count(),
    ).resolves.toBe(0);
  });

  it('should show no change without a previous revision', async () => {
    const gauges = await exported('gauges', fixture('gauges'), '2026-06-01');
    map = await openMap(browser(), gauges.file);
    const card = routeCard('Both');
    await expect(card.locator('.work-model-map-gauge-value').allTextContents()).resolves.toEqual([
      '3',
      '4',
      '2',
      '5',
    ]);
    await expect(card.locator('.work-model-map-gauge-change').allTextContents()).resolves.toEqual([
      '',
      '',
      '',
      '',
    ]);
    await expect(card.locator('.work-model-map-gauges-caption').textContent()).resolves.toBe(
      'Gauges, 1 to 5',
    );
  });
});

describe('what carries over from a closed or resting route', () => {
  const carried = (title: string) =>
    section(fixtureVault.text, 'What carries over')
      .find((l) => l.startsWith(`${title} (`))
      ?.split('): ')[1];

  /** Closed and resting routes start hidden: the announcement's Show brings them back. */
  const showHidden = async () => {
    await map.page.getByRole('button', { name: 'Show the hidden routes' }).click();
    await map.settled();
  };

  it.each(['Dropped', 'Paused'])(
    "should say in the %s route's tooltip and its entry in the note list what carries over, as the report does",
    async (title) => {
      map = await openMap(browser(), fixtureVault.file);
      await showHidden();
      const at = await nodeOnPage(map, `Routes/${title}.md`);
      await map.page.mouse.move(at.x, at.y);
      const line = map.page.locator('.work-model-map-tooltip .work-model-map-carries-over');
      expect(carried(title)).toMatch(/^carries over Done first \(to Beta and Delta\)/);
      await expect(line.textContent()).resolves.toBe(carried(title));
      // The list of notes beside the map says it too, for a screen reader.
      const item = map.page.locator(`.work-model-map-nodes [data-id="Routes/${title}.md"]`);
      await expect(item.getAttribute('aria-description')).resolves.toContain(`. ${carried(title)}`);
    },
  );

  it("should say nothing of it in a live route's tooltip", async () => {
    map = await openMap(browser(), fixtureVault.file);
    const at = await nodeOnPage(map, 'Routes/Beta.md');
    await map.page.mouse.move(at.x, at.y);
    const tip = map.page.locator('.work-model-map-tooltip');
    await expect(tip.locator('.work-model-map-tooltip-title').textContent()).resolves.toBe('Beta');
    await expect(tip.locator('.work-model-map-carries-over').count()).resolves.toBe(0);
    const item = map.page.locator('.work-model-map-nodes [data-id="Routes/Beta.md"]');
    await expect(item.getAttribute('aria-description')).resolves.not.toContain('carries over');
  });

  it('should say it in the touch sheet on a phone', async () => {
    map = await openMap(browser(), fixtureVault.file, { width: 390, height: 844 }, { touch: true });
    await showHidden();
    for (const title of ['Paused', 'Dropped']) {
      await tap(map, `Routes/${title}.md`);
      const sheet = map.page.locator('.work-model-map-sheet');
      await expect(sheet.locator('.work-model-map-carries-over').textContent()).resolves.toBe(
        carried(title),
      );
      await sheet.getByRole('button', { name: 'Close' }).click();
    }
  });
});

describe('the next steps panel on screen', () => {
  /** The box of an element on the page. */
  const box = async (selector: string) => {
    const b = await map.page.locator(selector).first().boundingBox();
    expect(b, selector).not.toBeNull();
    return b ?? { x: 0, y: 0, width: 0, height: 0 };
  };

  it.each([
    ['light', 800, 600],
    ['dark', 800, 600],
    ['light', 390, 844],
    ['dark', 390, 844],
  ] as const)(
    'should leave a %s screenshot at %i×%i with a step selected, over nothing it covers',
    async (theme, width, height) => {
      const phone = width < 500;
      map = await openMap(browser(), career.file, { width, height }, { touch: phone });
      if (theme === 'dark') {
        await map.page.getByRole('button', { name: 'Switch to the dark theme' }).click();
        await map.settled();
      }
      await openPanel();
      await steps().first().click();
      await map.settled();
      // The panel lies above the map, never over it.
      const list = await box('.work-model-map-next-body');
      const stage = await box('.work-model-map-stage');
      expect(list.y + list.height).toBeLessThanOrEqual(stage.y);
      // Every step's words fit its button: nothing is cut.
      const clipped = await steps().evaluateAll((buttons) =>
        buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).map((b) => b.textContent),
      );
      expect(clipped).toEqual([]);
      const stone = career.json.next[0]?.stone ?? '';
      if (phone) {
        await tap(map, stone);
        await expect(map.page.locator('.work-model-map-sheet').isVisible()).resolves.toBe(true);
      } else {
        const at = await nodeOnPage(map, stone);
        await map.page.mouse.move(at.x, at.y);
        await expect(map.page.locator('.work-model-map-tooltip').isVisible()).resolves.toBe(true);
      }
      await map.page.screenshot({
        path: join(outputDir, 'screenshots', `next-steps-${theme}-${width}x${height}.png`),
      });
      expect((await map.inspect()).selectedStep).toBe(stone);
    },
  );
});
