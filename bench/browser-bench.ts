import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { standaloneHtml } from '../src/cli/export-html';
import { analyze, buildWorkGraph, DEFAULT_SETTINGS, type NoteInput } from '../src/model';
import { toMapModel } from '../src/model/outputs/map/map-model';
import { initialFilters } from '../src/model/outputs/map/scene';
import { median, percentile, wants, type Row } from './stats';
import { syntheticVault } from './synthetic';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const VIEWPORT = { width: 1280, height: 800 };

/** Waits until the map has nothing left to draw. */
function waitSettled(page: Page) {
  return page.waitForFunction(
    () =>
      (
        window as unknown as { workModelMap?: { inspect(): { settled: boolean } } }
      ).workModelMap?.inspect().settled === true,
    null,
    { timeout: 60_000 },
  );
}

/** A model whose map shows about `count` notes. */
function mapData(count: number) {
  const notes: NoteInput[] = syntheticVault(count, count - 1)
    .filter((n) => n.path.startsWith('Model/'))
    .map((n) => ({ path: n.path, mtime: n.mtime, frontmatter: n.frontmatter, bodyLinks: n.links }));
  const graph = buildWorkGraph(notes, [], DEFAULT_SETTINGS);
  const model = toMapModel(graph, analyze(graph, DEFAULT_SETTINGS, '2026-06-01'));
  return {
    vault: `bench-${count}`,
    model,
    filters: { ...initialFilters(DEFAULT_SETTINGS.view), hiddenRouteStatuses: [], nodeCap: 5000 },
  };
}

interface FrameStats {
  median: number;
  p95: number;
  /** Main-thread time per frame (Chrome's TaskDuration), which vsync does not cap. */
  busy: number;
}

/** Runs `perFrame` once per animation frame and measures the frames it causes. */
async function measureFrames(page: Page, frames: number, perFrame: string): Promise<FrameStats> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? 0) * 1000;
  // The step is a script of the bench's own, added to the page like any inline script.
  await page.addScriptTag({ content: `window.benchStep = (i) => { ${perFrame} };` });
  const before = await task();
  const intervals = await page.evaluate(
    async ({ frames }) => {
      const step = (window as unknown as { benchStep: (i: number) => void }).benchStep;
      const stamps: number[] = [];
      for (let i = 0; i < frames; i++) {
        step(i);
        await new Promise((r) => window.requestAnimationFrame(r));
        stamps.push(performance.now());
      }
      return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
    },
    { frames },
  );
  const busy = ((await task()) - before) / frames;
  await cdp.detach();
  return { median: median(intervals), p95: percentile(intervals, 95), busy };
}

/**
 * Changes the filters so the map lays out again and its stations glide, and measures the frames
 * drawn while they glide (the layout before it is measured on its own above).
 */
async function measureGlide(
  page: Page,
  hidden: string[],
): Promise<{ median: number; p95: number }> {
  const result = await page.evaluate(async (hiddenSkillCategories) => {
    type M = { setFilters(f: object): void; moving: boolean; inspect(): { settled: boolean } };
    const m = (window as unknown as { workModelMap: M }).workModelMap;
    m.setFilters({ hiddenSkillCategories });
    // The layout runs in slices first; the glide starts when it is done.
    while (!m.moving && !m.inspect().settled)
      await new Promise((r) => window.requestAnimationFrame(r));
    const stamps: number[] = [];
    while (m.moving) {
      await new Promise((r) => window.requestAnimationFrame(r));
      stamps.push(performance.now());
    }
    return stamps.slice(1).map((t, i) => t - (stamps[i] as number));
  }, hidden);
  const intervals = result.length > 0 ? result : [0];
  return { median: median(intervals), p95: percentile(intervals, 95) };
}

const ZOOM_OURS = `const c = document.querySelector('canvas'); const r = c.getBoundingClientRect();
c.dispatchEvent(new WheelEvent('wheel', { deltaY: i % 40 < 20 ? -30 : 30, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, cancelable: true }));`;
const HOVER_OURS = `const all = window.benchStations; const p = all[i % all.length];
document.querySelector('canvas').dispatchEvent(new PointerEvent('pointermove', { clientX: p.x, clientY: p.y, pointerType: 'mouse', bubbles: true }));`;
const ZOOM_CY = `const f = i % 40 < 20 ? 1.046 : 1 / 1.046; window.cy.zoom({ level: window.cy.zoom() * f, renderedPosition: { x: 640, y: 400 } });`;
const ZOOM_SVG = `window.svgView.zoom(i % 40 < 20 ? 1.046 : 1 / 1.046, 640, 400);`;

export async function browserBench(quick: boolean, runs: number, outDir: string): Promise<Row[]> {
  if (!['layout', 'paint', 'zoom', 'animation', 'idle', 'peers'].some(wants)) return [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const rows: Row[] = [];
  const frames = quick ? 40 : 120;
  try {
    for (const count of quick ? [500] : [500, 2000, 5000]) {
      const data = mapData(count);
      const ours = join(outDir, `bench-map-${count}.html`);
      writeFileSync(ours, await standaloneHtml(data, 'dist'));
      const page = await browser.newPage({ viewport: VIEWPORT });
      await page.goto(`file://${ours}`);
      await waitSettled(page);
      const shown = await page.evaluate(
        () =>
          (
            window as unknown as { workModelMap: { inspect(): { nodes: unknown[] } } }
          ).workModelMap.inspect().nodes.length,
      );

      // The layered layout alone (our peers are given positions; they do not lay anything out).
      const layouts: { totalMs: number; sliceMs: number }[] = [];
      for (let i = 0; wants('layout') && i < runs * 2; i++)
        layouts.push(
          await page.evaluate(async () => {
            const m = (
              window as unknown as {
                workModelMap: {
                  setFilters(f: object): void;
                  inspect(): { settled: boolean; layoutMs: number; layoutSliceMs: number };
                };
              }
            ).workModelMap;
            m.setFilters({});
            while (!m.inspect().settled) await new Promise((r) => window.requestAnimationFrame(r));
            const s = m.inspect();
            return { totalMs: s.layoutMs, sliceMs: s.layoutSliceMs };
          }),
        );
      if (wants('layout')) {
        rows.push({
          what: `layout (layered, own), ${shown} notes`,
          value: median(layouts.map((l) => l.totalMs)),
          unit: 'ms',
          better: 'lower',
        });
        rows.push({
          what: `layout, longest slice, ${shown} notes`,
          value: Math.max(...layouts.map((l) => l.sliceMs)),
          unit: 'ms',
          goal: 50,
          better: 'lower',
        });
      }

      // Laid out and painted: a new map given the model, until its layout has settled and the
      // frame after it is drawn (the layout runs in slices between frames).
      if (wants('paint')) {
        const paints: number[] = [];
        for (let i = 0; i < runs * 2; i++) {
          paints.push(
            await page.evaluate(async () => {
              type M = {
                destroy(): void;
                update(m: unknown): void;
                inspect(): { settled: boolean };
              };
              const w = window as unknown as { workModelMap: M };
              const Ctor = w.workModelMap.constructor as new (
                el: HTMLElement,
                host: unknown,
                filters: unknown,
              ) => M;
              const data = JSON.parse(
                document.getElementById('work-model-data')?.textContent ?? '{}',
              ) as { model: unknown; filters: unknown };
              w.workModelMap.destroy();
              const t = performance.now();
              const m = new Ctor(
                document.getElementById('app') as HTMLElement,
                { open() {}, createNote() {}, savePositions() {} },
                data.filters,
              );
              m.update(data.model);
              do await new Promise((r) => window.requestAnimationFrame(() => r(undefined)));
              while (!m.inspect().settled);
              w.workModelMap = m;
              return performance.now() - t;
            }),
          );
        }
        rows.push({
          what: `laid out and painted, ${shown} notes`,
          value: median(paints),
          unit: 'ms',
          goal: count <= 500 ? 60 : count <= 2000 ? 150 : undefined,
          better: 'lower',
        });
        await waitSettled(page);
      }

      // Zooming and dragging: medians over runs.
      const zoom: FrameStats[] = [];
      const drag: FrameStats[] = [];
      const hover: FrameStats[] = [];
      // Peers are compared with our zoom and drag, so they measure those too.
      const pointer = wants('zoom') || wants('peers');
      for (let r = 0; pointer && r < runs; r++) {
        // Each measurement starts from a resting map (a drag ends by letting the layout settle).
        await waitSettled(page);
        zoom.push(await measureFrames(page, frames, ZOOM_OURS));
        // Hovering: the pointer goes from station to station, one a frame, each lit in turn.
        await waitSettled(page);
        await page.evaluate(() => {
          const m = (
            window as unknown as {
              workModelMap: { inspect(): { nodes: { x: number; y: number }[] } };
            }
          ).workModelMap.inspect();
          const c = document.querySelector('canvas')?.getBoundingClientRect();
          (window as unknown as { benchStations: { x: number; y: number }[] }).benchStations =
            m.nodes
              .map((n) => ({ x: (c?.x ?? 0) + n.x, y: (c?.y ?? 0) + n.y }))
              .filter((p) => p.x > 0 && p.y > 0 && p.x < 1280 && p.y < 800);
        });
        hover.push(await measureFrames(page, frames, HOVER_OURS));
        const target = await page.evaluate(() => {
          const s = (
            window as unknown as {
              workModelMap: { inspect(): { nodes: { kind: string; x: number; y: number }[] } };
            }
          ).workModelMap.inspect();
          const n =
            s.nodes.find(
              (x) => x.kind === 'skill' && x.x > 100 && x.y > 100 && x.x < 900 && x.y < 700,
            ) ?? s.nodes[0];
          const c = document.querySelector('canvas')?.getBoundingClientRect();
          return { x: (c?.x ?? 0) + (n?.x ?? 0), y: (c?.y ?? 0) + (n?.y ?? 0) };
        });
        await page.evaluate(
          ({ x, y }) =>
            // d3-drag takes a station on mousedown and follows the mouse on the window.
            document.querySelector('canvas')?.dispatchEvent(
              new MouseEvent('mousedown', {
                clientX: x,
                clientY: y,
                bubbles: true,
                view: window,
              }),
            ),
          target,
        );
        drag.push(
          await measureFrames(
            page,
            frames,
            `window.dispatchEvent(new MouseEvent('mousemove', { clientX: ${target.x} + (i % 60) * 2, clientY: ${target.y} + (i % 30), bubbles: true, view: window }));`,
          ),
        );
        await page.evaluate(
          ({ x, y }) =>
            window.dispatchEvent(
              new MouseEvent('mouseup', { clientX: x, clientY: y, bubbles: true, view: window }),
            ),
          target,
        );
      }
      const fps = (s: FrameStats[]) => ({
        median: median(s.map((x) => x.median)),
        p95: median(s.map((x) => x.p95)),
        busy: median(s.map((x) => x.busy)),
      });
      const z = fps(zoom);
      const d = fps(drag);
      const h = fps(hover);
      const fpsGoal = count > 2000 ? 30 : 60;
      const budget = 1000 / fpsGoal;
      for (const [name, m] of pointer
        ? ([
            ['zoom', z],
            ['drag', d],
            ['hover', h],
          ] as const)
        : []) {
        rows.push({
          what: `${name}, ${shown} notes: frames per second`,
          value: 1000 / m.median,
          unit: 'fps',
          goal: fpsGoal,
          better: 'higher',
          note: `p95 frame ${m.p95.toFixed(1)} ms`,
        });
        rows.push({
          what: `${name}, ${shown} notes: main thread per frame`,
          value: m.busy,
          unit: 'ms',
          goal: budget,
          better: 'lower',
        });
      }

      // A change animating: stations glide to a new layout; frames counted while they move.
      const glides: { median: number; p95: number }[] = [];
      for (let r = 0; wants('animation') && r < runs; r++) {
        await waitSettled(page);
        glides.push(await measureGlide(page, r % 2 === 0 ? ['relationship'] : []));
      }
      // Every note back on the map for what follows (the peers draw the same notes).
      await measureGlide(page, []);
      await waitSettled(page);
      const g = {
        median: median(glides.map((x) => x.median)),
        p95: median(glides.map((x) => x.p95)),
      };
      if (wants('animation'))
        rows.push({
          what: `a change animating, ${shown} notes: frames per second`,
          value: 1000 / g.median,
          unit: 'fps',
          goal: fpsGoal,
          better: 'higher',
          note: `p95 frame ${g.p95.toFixed(1)} ms`,
        });

      // Idle: no frames and (almost) no main-thread work once settled.
      await waitSettled(page);
      if (wants('idle')) {
        await page.waitForTimeout(200);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable');
        const task = async () =>
          ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
            ?.value ?? 0) * 1000;
        const framesBefore = await page.evaluate(
          () =>
            (
              window as unknown as { workModelMap: { inspect(): { framesDrawn: number } } }
            ).workModelMap.inspect().framesDrawn,
        );
        const t0 = await task();
        await page.waitForTimeout(2000);
        const idle = (await task()) - t0;
        const framesAfter = await page.evaluate(
          () =>
            (
              window as unknown as { workModelMap: { inspect(): { framesDrawn: number } } }
            ).workModelMap.inspect().framesDrawn,
        );
        rows.push({
          what: `idle view, ${shown} notes: main thread per second`,
          value: idle / 2,
          unit: 'ms',
          better: 'lower',
          note: `${framesAfter - framesBefore} frames drawn in 2 s`,
        });
      }

      // Peers: the same graph, same positions, in the same Chromium.
      const positions = await page.evaluate(() =>
        (
          window as unknown as {
            workModelMap: {
              inspect(): {
                nodes: { id: string; title: string; kind: string; x: number; y: number }[];
                routes: { id: string; color: string }[];
              };
            };
          }
        ).workModelMap.inspect(),
      );
      await page.close();
      const routeOf = new Map<string, string>();
      for (const r of positions.routes) routeOf.set(r.id, r.color);
      const edges: { from: string; to: string; color: string }[] = [];
      for (const r of data.model.routes) {
        const path = ['__now__', r.id, ...r.steps];
        for (let i = 1; i < path.length; i++)
          edges.push({
            from: path[i - 1] as string,
            to: path[i] as string,
            color: routeOf.get(r.id) ?? '#888',
          });
        for (const o of r.outcomes)
          edges.push({
            from: path[path.length - 1] as string,
            to: o,
            color: routeOf.get(r.id) ?? '#888',
          });
      }
      // A note drawn twice (a cycle between routes) is one node for the peers.
      const once = new Map(positions.nodes.map((n) => [n.id, n]));
      const graph = {
        nodes: [...once.values()].map((n) => ({
          id: n.id,
          title: n.title,
          kind: n.kind,
          x: n.x,
          y: n.y,
        })),
        edges,
      };

      // Peers at 500 and 2,000 notes; at 5,000 the SVG peer alone takes minutes a run.
      for (const peer of wants('peers') && count <= 2000 ? (['cytoscape', 'svg'] as const) : []) {
        const page2 = await browser.newPage({ viewport: VIEWPORT });
        const script =
          peer === 'cytoscape'
            ? `${readFileSync('node_modules/cytoscape/dist/cytoscape.min.js', 'utf8')}
window.cy = cytoscape({ container: document.getElementById('cy'), layout: { name: 'preset' },
  elements: [...window.benchGraph.nodes.map((n) => ({ data: { id: n.id, label: n.title }, position: { x: n.x, y: n.y } })),
             ...window.benchGraph.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.from, target: e.to, color: e.color } }))],
  style: [{ selector: 'node', style: { label: 'data(label)', 'font-size': 12 } }, { selector: 'edge', style: { 'line-color': 'data(color)', width: 3 } }] });`
            : readFileSync('dist/bench-svg.js', 'utf8');
        const html = `<!doctype html><html><body style="margin:0"><div id="cy" style="width:1280px;height:800px"></div><script>window.benchGraph=${JSON.stringify(graph).replace(/</g, '\\u003c')};</script><script>${script.replace(/<\/script/gi, '<\\/script')}</script></body></html>`;
        const file = join(outDir, `bench-${peer}-${count}.html`);
        writeFileSync(file, html);
        await page2.goto(`file://${file}`);
        await page2.waitForTimeout(1000);
        const dragPeer =
          peer === 'cytoscape'
            ? `const n = window.cy.nodes()[5]; n.position({ x: n.position('x') + (i % 2 ? 2 : -2), y: n.position('y') + 1 });`
            : `const n = window.benchGraph.nodes[5]; window.svgView.drag(n.id, n.x + (i % 60) * 2, n.y + (i % 30));`;
        const pz: FrameStats[] = [];
        const pd: FrameStats[] = [];
        for (let r = 0; r < runs; r++) {
          pz.push(await measureFrames(page2, frames, peer === 'cytoscape' ? ZOOM_CY : ZOOM_SVG));
          pd.push(await measureFrames(page2, frames, dragPeer));
        }
        const pzs = fps(pz);
        const pds = fps(pd);
        const name = peer === 'cytoscape' ? 'cytoscape (canvas, Juggl)' : 'SVG with d3';
        for (const [what, ours, theirs] of [
          ['zoom', z, pzs],
          ['drag', d, pds],
        ] as const) {
          rows.push({
            what: `peer ${name}, ${what}, ${shown} notes: main thread per frame`,
            value: theirs.busy,
            unit: 'ms',
            better: 'lower',
            note: `${(1000 / theirs.median).toFixed(1)} fps, p95 frame ${theirs.p95.toFixed(1)} ms`,
          });
          // Ours must take at most half the peer's main-thread time per frame.
          rows.push({
            what: `ours ÷ peer ${name}, ${what}, ${shown} notes`,
            value: ours.busy / theirs.busy,
            unit: '×',
            goal: 0.5,
            better: 'lower',
          });
        }
        await page2.close();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}
