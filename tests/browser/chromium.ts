import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { standaloneHtml } from '../../src/cli/export-html';
import type { PageData } from '../../src/model/outputs/map/page-data';
import { cliPath, copyVault, exampleVault } from '../helpers/vault';
import type { InspectedNode, MapState } from './map-targets';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const outputDir = join(__dirname, '..', '__output__');
const distDir = join(__dirname, '..', '..', 'dist');

let browser: Browser | null = null;

/** One Chromium per test file. Missing Chromium fails the tests: nothing is skipped. */
export function useChromium(): () => Browser {
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}. Install it with "apt-get install -y chromium" (as .ci/run does), or set CHROMIUM_PATH.`,
      );
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    browser = null;
  });
  return () => {
    if (!browser) throw new Error('Chromium did not start');
    return browser;
  };
}

export interface MapPage {
  page: Page;
  /** Console errors, warnings and page errors seen so far. */
  problems: string[];
  /** Notes the page asked to open: [path, newTab, create]. */
  opened: () => Promise<[string, boolean, boolean][]>;
  inspect: () => Promise<Inspect>;
  settled: () => Promise<void>;
}

/** What `window.workModelMap.inspect()` returns: SPEC §5's contract and what the tests need. */
export interface Inspect extends MapState {
  settled: boolean;
  camera: { k: number; x: number; y: number };
  nodes: (InspectedNode & { pinned: boolean })[];
  hiddenRoutes: { id: string; title: string; status: string }[];
  framesDrawn: number;
  layoutMs: number;
  layoutSliceMs: number;
  capped: { shown: number; total: number } | null;
  hover: string | null;
  focus: string | null;
  /** The routes selected, at most two, oldest first. */
  selectedRoutes: string[];
  /** The next step selected in its panel, by its stone's id. */
  selectedStep: string | null;
  /** The routes drawn in full: the selected ones, or those the selected next step keeps open. */
  litRoutes: string[];
  emphasis: string[];
  matches: string[];
}

/** Writes a map page for the given data (as the CLI does) and returns its path. */
export async function writeMapPage(name: string, data: PageData): Promise<string> {
  await mkdir(outputDir, { recursive: true });
  const file = join(outputDir, `${name}.html`);
  await writeFile(file, await standaloneHtml(data, distDir));
  return file;
}

/**
 * The example vault's map exported as a user would (`export --html`), from a copy with fixed
 * file times in a folder named like the example; returns the page's path.
 */
export function exportExampleMap(name: string): Promise<string> {
  return exportVaultMap(exampleVault, name, 'career-vault');
}

/** A vault folder's map exported as a user would, from a copy with fixed file times. */
export async function exportVaultMap(source: string, name: string, folder?: string) {
  await mkdir(outputDir, { recursive: true });
  const file = join(outputDir, `${name}.html`);
  const vault = await copyVault(source, '2026-05-01', folder);
  const r = spawnSync(
    process.execPath,
    [cliPath, 'export', vault, '--html', file, '--force', '--now', '2026-11-20'],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return file;
}

export async function openMap(
  browser: Browser,
  file: string,
  viewport = { width: 1280, height: 800 },
  options: { touch?: boolean; reducedMotion?: boolean; clock?: boolean } = {},
): Promise<MapPage> {
  const page = await browser.newPage({
    viewport,
    // A phone: a touch screen, whose fingers reach the page as touch events.
    hasTouch: options.touch ?? false,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // A clock the test moves by hand, so an animation is seen frame by frame on any machine.
  if (options.clock) await page.clock.install();
  // Record what the map asks to open instead of leaving the page for obsidian://.
  await page.addInitScript(() => {
    const w = window as unknown as { opened: unknown[] };
    w.opened = [];
    window.addEventListener('work-model-open', (e) => {
      const d = (e as CustomEvent<{ path: string; newTab: boolean; create: boolean }>).detail;
      w.opened.push([d.path, d.newTab, d.create]);
      e.preventDefault();
    });
  });
  await page.goto(`file://${file}`);
  const inspect = () =>
    page.evaluate(() =>
      (window as unknown as { workModelMap: { inspect(): Inspect } }).workModelMap.inspect(),
    );
  const settled = async () => {
    await page.waitForFunction(
      () =>
        (
          window as unknown as { workModelMap?: { inspect(): { settled: boolean } } }
        ).workModelMap?.inspect().settled === true,
      null,
      { timeout: 20_000 },
    );
    // One more frame so the settled state is on screen.
    await page.evaluate(
      () => new Promise((r) => window.requestAnimationFrame(() => window.requestAnimationFrame(r))),
    );
  };
  await settled();
  return {
    page,
    problems,
    opened: () =>
      page.evaluate(() => (window as unknown as { opened: [string, boolean, boolean][] }).opened),
    inspect,
    settled,
  };
}

/** The colour of one canvas pixel at a point in CSS pixels, as [r, g, b]. */
export async function pixel(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return page.evaluate(
    ({ px, py }) => {
      const canvas = document.querySelector('canvas') as HTMLCanvasElement;
      const ratio = canvas.width / canvas.getBoundingClientRect().width;
      // Read from a copy, so the map's own canvas is never read back (Chrome warns about it).
      const copy = document.createElement('canvas');
      copy.width = 1;
      copy.height = 1;
      const ctx = copy.getContext('2d', { willReadFrequently: true });
      ctx?.drawImage(canvas, Math.round(px * ratio), Math.round(py * ratio), 1, 1, 0, 0, 1, 1);
      const d = ctx?.getImageData(0, 0, 1, 1).data;
      return [d?.[0] ?? 0, d?.[1] ?? 0, d?.[2] ?? 0] as [number, number, number];
    },
    { px: x, py: y },
  );
}

/** Where a node is on the page, in CSS pixels. */
export async function nodeOnPage(map: MapPage, id: string): Promise<{ x: number; y: number }> {
  const node = (await map.inspect()).nodes.find((n) => n.id === id);
  expect(node, `node ${id}`).toBeDefined();
  const box = await map.page.locator('canvas').boundingBox();
  return { x: (box?.x ?? 0) + (node?.x ?? 0), y: (box?.y ?? 0) + (node?.y ?? 0) };
}

/** Fingers on the screen, as a phone sends them: each step lists where every finger is. */
export async function touch(
  map: MapPage,
  steps: { type: 'touchStart' | 'touchMove' | 'touchEnd'; points: { x: number; y: number }[] }[],
): Promise<void> {
  const cdp = await map.page.context().newCDPSession(map.page);
  for (const { type, points } of steps)
    await cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id })),
    });
  await cdp.detach();
}

/** A touch tap on a note's station, as a phone sends it; a finger first pans it into view. */
export async function tap(map: MapPage, id: string): Promise<void> {
  const box = await map.page.locator('canvas').boundingBox();
  const middle = { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + 200 };
  const far = await nodeOnPage(map, id);
  if (far.y > middle.y + 100) {
    const to = { x: middle.x, y: middle.y - (far.y - middle.y) };
    await touch(map, [
      { type: 'touchStart', points: [middle] },
      { type: 'touchMove', points: [{ x: middle.x, y: (middle.y + to.y) / 2 }] },
      { type: 'touchMove', points: [to] },
      { type: 'touchEnd', points: [] },
    ]);
  }
  const at = await nodeOnPage(map, id);
  await map.page.touchscreen.tap(at.x, at.y);
}
