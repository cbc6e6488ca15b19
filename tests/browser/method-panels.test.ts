import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { VERDICT_FIGURES_NOTE } from '../../src/model';
import { checkReportOutput } from '../helpers/report-contract';
import { cliPath, copyVault, exampleVault } from '../helpers/vault';
import { nodeOnPage, openMap, outputDir, tap, useChromium, type MapPage } from './chromium';

const browser = useChromium();
const file = join(outputDir, 'career-vault-panels.html');
const NOW = '2026-11-20';
let vault: string;
let map: MapPage;

const cli = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cliPath, ...args, '--now', NOW], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  checkReportOutput(args, r.stdout);
  return r.stdout;
};

beforeAll(async () => {
  await mkdir(outputDir, { recursive: true });
  vault = await copyVault(exampleVault, '2026-05-01', 'career-vault');
  cli('export', vault, '--html', file, '--force');
});

afterEach(async () => {
  expect(map.problems).toEqual([]);
  await map.page.close();
});

/** The text report's routes: rank and title, then each figure line as printed. */
function reportedRoutes(text: string) {
  const section = text.split('\nRoutes (')[1]?.split('\nGaps')[0] ?? '';
  const routes: { heading: string; lines: string[] }[] = [];
  for (const line of section.split('\n').slice(1)) {
    const head = /^ {2}(\d+\. .+?) {2}\(/.exec(line);
    if (head?.[1]) routes.push({ heading: head[1], lines: [] });
    else if (line.trim()) routes.at(-1)?.lines.push(line.trim());
  }
  return routes;
}

/** The text report's health section: each question with its findings. */
function reportedHealth(text: string) {
  const section = text.split('\nHealth\n')[1]?.split('\nProblems')[0] ?? '';
  const questions: { question: string; findings: string[] }[] = [];
  for (const line of section.split('\n')) {
    if (line.startsWith('    - ')) questions.at(-1)?.findings.push(line.slice(6));
    else if (line.trim()) questions.push({ question: line.trim(), findings: [] });
  }
  return questions;
}

const route = (title: string) => map.page.locator('.work-model-map-route', { hasText: title });

describe('the route comparison and health panels of the exported map', () => {
  it('should rank the routes by advancement with the figures the text report prints', async () => {
    map = await openMap(browser(), file);
    const reported = reportedRoutes(cli('report', vault));
    expect(reported).toHaveLength(4);
    const items = map.page.locator('.work-model-map-routes .work-model-map-route');
    await expect(items.locator('.work-model-map-route-name').allTextContents()).resolves.toEqual(
      reported.map((r) => r.heading),
    );
    for (const [i, r] of reported.entries()) {
      // The figures as a table: each window (or what is counted) beside its figures, which
      // read as the report's line with the label in front and the clauses joined.
      const rows = await items
        .nth(i)
        .locator('.work-model-map-figures-label')
        .evaluateAll((labels) =>
          labels.map((l) => {
            const clauses = [...(l.nextElementSibling?.children ?? [])].map((c) => c.textContent);
            return `${l.textContent ?? ''}: ${clauses.join('; ')}`;
          }),
        );
      const line = (start: string) => r.lines.find((l) => l.startsWith(start)) ?? '';
      // The report's progress line without its text bar, split before the last activity.
      const [progress, last] = line('progress ')
        .replace(/\[[#-]+\] /, '')
        .replace('progress ', 'progress: ')
        .split('; ');
      expect(rows).toEqual([
        line('6 months: '),
        line('last 30 days: '),
        progress,
        last?.replace('last activity ', 'last activity: '),
      ]);
      // The sparkline's text alternative gives the trend's numbers as the report does.
      await expect(items.nth(i).getByRole('img').getAttribute('aria-label')).resolves.toBe(
        line('by month, '),
      );
    }
    // The paused route is listed and drawn (faded), not said to be hidden.
    await expect(route('Speak and write').textContent()).resolves.not.toContain(
      'hidden on the map',
    );
    // Each route keeps a colour of its own, the resting one too.
    const swatches = await items
      .locator('.work-model-map-swatch')
      .evaluateAll((els) =>
        els.map((el) => getComputedStyle(el).getPropertyValue('--work-model-route-color').trim()),
      );
    expect(swatches.every((c) => /^#[0-9a-f]{6}$/i.test(c))).toBe(true);
    expect(new Set(swatches).size).toBe(4);
  });

  it('should draw each month of the sparkline: wins up, setbacks down, completed steps marked', async () => {
    map = await openMap(browser(), file);
    const spark = route('climate nonprofit designer').locator('svg');
    // 2026-06 … 2026-11: wins 0 1 2 1 2 1 · setbacks 0 0 0 0 0 1 · steps done 0 0 0 0 0 1.
    await expect(spark.locator('.work-model-spark-win').count()).resolves.toBe(5);
    await expect(spark.locator('.work-model-spark-setback').count()).resolves.toBe(1);
    await expect(spark.locator('.work-model-spark-step').count()).resolves.toBe(1);
    const base = Number(await spark.locator('.work-model-spark-base').getAttribute('y1'));
    const win = spark.locator('.work-model-spark-win').last();
    const setback = spark.locator('.work-model-spark-setback');
    const bottom = async (l: typeof win) =>
      Number(await l.getAttribute('y')) + Number(await l.getAttribute('height'));
    expect(await bottom(win)).toBe(base);
    expect(Number(await setback.getAttribute('y'))).toBe(base);
    await expect(spark.getAttribute('style')).resolves.toBeNull();
    // Each month named under its column, so the line can be checked against the words.
    await expect(spark.locator('.work-model-spark-month').allTextContents()).resolves.toEqual([
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
    ]);
    const columns = await spark
      .locator('.work-model-spark-win')
      .evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('x')) + 4));
    const months = await spark
      .locator('.work-model-spark-month')
      .evaluateAll((names) => names.map((n) => Number(n.getAttribute('x'))));
    // Wins in Jul, Aug, Sep, Oct and Nov: each bar is centred over its month's name.
    expect(columns).toEqual(months.slice(1));
  });

  it("should show two selected routes' head-to-head in the model's words, and clear it", async () => {
    map = await openMap(browser(), file);
    const pairs = [
      ['climate nonprofit designer', 'fintech research lead'],
      ['Independent research studio', 'Speak and write on inclusive design'],
    ] as const;
    for (const [a, b] of pairs) {
      // The card shows the verdict `compare` prints: its title, sentence and setbacks.
      const printed = cli('compare', vault, a, b).split('\n');
      const words = (JSON.parse(cli('compare', vault, a, b, '--json')) as { words: string }).words;
      await route(a).click();
      await route(b).click();
      const card = map.page.locator('.work-model-map-h2h');
      await expect(card.locator('h5').textContent()).resolves.toBe(
        printed[0]?.replace(/, as of .*$/, ''),
      );
      await expect(card.locator('p').allTextContents()).resolves.toEqual([
        words,
        printed.find((l) => l.startsWith('Setbacks ')),
      ]);
      // The table holds the figures compare prints, row by row; a row under a window's heading
      // ("6 months", then "wins") is compare's "6 months: wins".
      const table = await card.locator('tr').evaluateAll((rows) => {
        let group = '';
        return rows.flatMap((tr) => {
          const cells = [...tr.children].map((c) => c.textContent ?? '');
          if (cells.length === 1) {
            group = cells[0] ?? '';
            return [];
          }
          if (tr.classList.contains('is-grouped')) cells[0] = `${group}: ${cells[0] ?? ''}`;
          return [cells.filter((c) => c !== '')];
        });
      });
      const start = printed.indexOf(VERDICT_FIGURES_NOTE) + 2;
      expect(table).toEqual(
        printed.slice(start, printed.indexOf('', start)).map((l) => l.trim().split(/ {3,}/)),
      );
      // Each setback with what it taught, as compare lists them.
      await card.locator('summary').click();
      await expect(card.locator('li').allTextContents()).resolves.toEqual(
        printed.filter((l) => l.startsWith('  - ')).map((l) => l.slice(4)),
      );
      expect(printed[2]).toBe(words);
      await expect(route(a).getAttribute('aria-pressed')).resolves.toBe('true');
      await card.getByRole('button', { name: 'Clear selection' }).click();
      await expect(card.isVisible()).resolves.toBe(false);
      await expect(route(a).getAttribute('aria-pressed')).resolves.toBe('false');
    }
    // The second pair shares a stone: the win through it moves both and decides nothing.
    const second = JSON.parse(cli('compare', vault, ...pairs[1], '--json')) as { words: string };
    expect(second.words).toContain('both: 1 win through Design community peers');
  });

  it.each([
    ['tooltip', { width: 1280, height: 800 }, '.work-model-map-tooltip'],
    ['touch sheet', { width: 390, height: 844 }, '.work-model-map-sheet'],
  ] as const)(
    "should show the latest evidence's excerpt with its lesson in the %s",
    async (_, viewport, selector) => {
      map = await openMap(browser(), file, viewport, { touch: viewport.width < 500 });
      const id = 'Work Model/Stepping stones/Grant writing.md';
      if (viewport.width < 500) await tap(map, id);
      else {
        const at = await nodeOnPage(map, id);
        await map.page.mouse.move(at.x, at.y);
      }
      const facts = map.page.locator(selector);
      await expect(facts.locator('.work-model-map-latest').textContent()).resolves.toBe(
        'Latest: 2026-11-13 · setback',
      );
      // What happened, then what it taught on a line of its own: compare's words for the setback.
      const printed = cli('compare', vault, 'climate nonprofit', 'fintech')
        .split('\n')
        .find((l) => l.includes(', 2026-11-13, Grant writing: '));
      const happened = await facts.locator('.work-model-map-happened').textContent();
      const lesson = await facts.locator('.work-model-map-lesson').textContent();
      expect(lesson).toMatch(/^Lesson: /);
      expect(printed?.split('Grant writing: ')[1]).toBe(`${happened ?? ''} — ${lesson ?? ''}`);
    },
  );

  it('should focus both selected paths on the map and dim the rest', async () => {
    map = await openMap(browser(), file);
    await route('climate nonprofit designer').click();
    await route('fintech research lead').click();
    const state = await map.inspect();
    expect(state.selectedRoutes).toHaveLength(2);
    expect(state.emphasis).toContain('Work Model/Stepping stones/Grant writing.md');
    expect(state.emphasis).toContain('Work Model/Stepping stones/Mentorship with Priya.md');
    expect(state.emphasis).not.toContain('Work Model/Stepping stones/Teach a UX course.md');
  });

  it('should answer the three reflection questions with the findings, each note opening', async () => {
    map = await openMap(browser(), file);
    const reported = reportedHealth(cli('report', vault));
    expect(reported).toHaveLength(3);
    const panel = map.page.locator('.work-model-map-health');
    await expect(panel.locator('h5').allTextContents()).resolves.toEqual(
      reported.map((q) => q.question),
    );
    for (const [i, q] of reported.entries()) {
      const findings = panel.locator('.work-model-map-health-question').nth(i);
      const messages = await findings
        .locator('.work-model-map-finding > div:first-child')
        .allTextContents();
      expect(messages).toEqual(q.findings);
    }
    const json = JSON.parse(cli('report', vault, '--json')) as {
      health: { notes: string[] }[];
    };
    const note = json.health[0]?.notes[0] ?? '';
    const link = panel.locator('.work-model-map-finding').first().locator('a').first();
    await expect(link.textContent()).resolves.toBe('Fluent in quantitative research');
    await link.click();
    expect(await map.opened()).toEqual([[note, false, false]]);
    expect((await map.inspect()).focus).toBe(note);
  });
});
