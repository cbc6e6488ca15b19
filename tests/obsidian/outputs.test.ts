// @vitest-environment jsdom
import { apart } from '../helpers/cards';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportCanvas } from '../../src/obsidian/export-canvas';
import {
  appWith,
  click,
  fileAt,
  idle,
  lastNotice,
  loadPlugin,
  readingView,
  settle,
  stub,
} from './harness';
import { MarkdownRenderChild, Modal } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\ncategory: role\n---\n',
  'Python.md': '---\ntags: work/skill\nstatus: done\n---\n',
  'SQL.md': '---\ntags: work/skill\n---\n',
  'Route.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]", "[[SQL]]"]\n---\n',
  'Journal/2026-05-30.md': '---\nevidence: ["[[SQL]]"]\nsignal: setback\n---\n',
};

beforeEach(() => {
  Modal.openModals.forEach((m) => m.close());
  document.body.empty();
});

async function renderBlock(source: string, files: Record<string, string> = vault) {
  const app = appWith(files);
  const plugin = await loadPlugin(app);
  const el = document.body.createDiv();
  const children: MarkdownRenderChild[] = [];
  const handler = stub(plugin).codeBlocks.get('work-model');
  await handler?.(source, el, {
    docId: '1',
    sourcePath: 'Note.md',
    frontmatter: null,
    addChild: (c) => {
      children.push(c);
      c.load();
    },
    getSectionInfo: () => null,
  });
  const rows = () =>
    [...el.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent));
  return { app, plugin, el, rows, child: children[0] };
}

describe('the work-model code block', () => {
  it('should render the route comparison as a table', async () => {
    const { rows } = await renderBlock('');
    expect(rows()).toEqual([
      [
        'Rank',
        'Route',
        'Status',
        'Progress',
        'Advancement, 6 months',
        'Own, 6 months',
        'Wins, last 30 days',
        'Setbacks, last 30 days',
        'Unique/shared, last 30 days',
        'Last activity',
      ],
      // The setback is activity, not advancement.
      ['1', 'Route', 'active', '50% (1/2)', '0', '0', '0', '1', '1/0', '2026-05-30'],
    ]);
  });

  it.each([
    [
      'show: outcomes',
      [
        ['Outcome', 'Category', 'Status', 'Horizon', 'Live routes', 'Last activity'],
        ['Goal', 'role', 'hoped', '—', '1', '2026-06-01'],
      ],
    ],
    [
      // Python is done: SQL is the route's next step.
      'show: next',
      [
        ['Rank', 'Stepping stone', 'Next on', 'Routes', 'Outcomes'],
        ['1', 'SQL', 'Route', '1', '1'],
      ],
    ],
  ])('should render %s', async (source, expected) => {
    const { rows } = await renderBlock(source);
    expect(rows()).toEqual(expected);
  });

  it('should update live and stop listening when the block goes away', async () => {
    const { app, plugin, rows, child } = await renderBlock('show: routes');
    await app.vault.modify(fileAt(app, 'SQL.md'), '---\ntags: work/skill\nstatus: done\n---\n');
    await settle(plugin);
    expect(rows()[1]?.[3]).toBe('100% (2/2)');
    child?.unload();
    await app.vault.modify(fileAt(app, 'SQL.md'), '---\ntags: work/skill\n---\n');
    await settle(plugin);
    expect(rows()[1]?.[3]).toBe('100% (2/2)');
  });

  it('should render show: gaps, leaving out the done stone', async () => {
    const { rows } = await renderBlock('show: gaps', {
      ...vault,
      'Unused.md': '---\ntags: work/skill\n---\n',
    });
    expect(rows()).toEqual([
      ['Gap', 'Note'],
      ['Stepping stones no live route uses', 'Unused'],
    ]);
  });

  it('should answer the reflection questions with show: health, each finding linking its notes', async () => {
    const { app, plugin, el, rows } = await renderBlock('show: health');
    expect(rows()[0]).toEqual(['Question', 'Finding', 'Notes']);
    expect(rows()[1]).toEqual([
      'Which parts of your plan feel most rigid or vulnerable to disruption?',
      'Goal has one live route, Route: a setback there stalls it. Map a second route.',
      'Goal, Route',
    ]);
    expect(rows().at(-1)).toEqual([
      'How often do you revise your assumptions based on new experience?',
      '1 setback so far, not yet reflected in a revision: 2026-05-30.',
      '2026-05-30',
    ]);
    click(el.querySelectorAll('tbody tr')[0]?.querySelectorAll('a.internal-link')[1]);
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Route.md']);
  });

  it('should show the head-to-head of two named routes with show: compare', async () => {
    const { el, rows } = await renderBlock('show: compare\nroute: Route\nroute: other', {
      ...vault,
      'Other.md':
        '---\ntags: work/route\nstatus: exploring\noutcomes: ["[[Goal]]"]\nsteps: ["[[SQL]]"]\n---\n',
    });
    // The same verdict, words and figures, as `compare` prints.
    expect(el.querySelector('.work-model-block-caption')?.textContent).toBe(
      'Route vs Other: Even: 0 to 0 over 6 months and 0 to 0 the last 30 days. Setbacks over 6 months, never scored: Route 1 on SQL; Other 1 on SQL.',
    );
    expect(rows()[0]).toEqual(['', 'Route', 'Other', 'both']);
    expect(rows()[1]).toEqual(['6 months: wins', '0', '0', '0']);
    expect(rows()[6]).toEqual(['setbacks, 6 months', '1', '1', '']);
  });

  it('should refuse to compare a route with itself, as the CLI does', async () => {
    const { el } = await renderBlock('show: compare\nroute: Route\nroute: route.md', vault);
    expect(el.textContent).toContain('both names mean the same route, "Route"; name two routes.');
  });

  it('should open a note on click, in a new tab with a modifier', async () => {
    const { app, plugin, el } = await renderBlock('');
    click(el.querySelector('a.internal-link'));
    el.querySelector('a.internal-link')?.dispatchEvent(
      new MouseEvent('click', { ctrlKey: true, bubbles: true, cancelable: true }),
    );
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Route.md', 'Route.md']);
    expect(app.workspace.leaves).toHaveLength(2);
  });

  it('should open in a split or a window with the modifiers, and in a tab on middle click', async () => {
    const { app, plugin, el } = await renderBlock('');
    const link = el.querySelector('a.internal-link');
    const press = (type: string, init: MouseEventInit) =>
      link?.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, ...init }));
    press('click', { ctrlKey: true, altKey: true });
    press('click', { metaKey: true, altKey: true, shiftKey: true });
    press('auxclick', { button: 1 });
    await idle(plugin);
    expect(app.workspace.openedIn.slice(-3)).toEqual(['split', 'window', 'tab']);
  });

  it('should open once and preview on hover in Reading view, as a Work Model link', async () => {
    const { app, plugin, el } = await renderBlock('');
    const reading = readingView(app, el);
    const hovers: unknown[] = [];
    app.workspace.on('hover-link', (info: unknown) => hovers.push(info));
    const link = el.querySelector('a.internal-link');
    link?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    click(link);
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Route.md']);
    expect(reading.opened).toEqual([]);
    expect(hovers).toEqual([
      expect.objectContaining({
        source: 'work-model',
        linktext: 'Route.md',
        sourcePath: 'Note.md',
      }),
    ]);
    expect(stub(plugin).hoverSources.get('work-model')).toEqual({
      display: 'Work Model',
      defaultMod: true,
    });
    // Redrawn after a change, its new links still open once each.
    plugin.index.notify();
    click(el.querySelector('a.internal-link'));
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Route.md', 'Route.md']);
    expect(reading.opened).toEqual([]);
  });

  it('should explain a bad option and an empty model', async () => {
    const { el } = await renderBlock('show: everything', {});
    expect(el.querySelector('.work-model-block-error')?.textContent).toBe(
      'show: "everything" is not known; use routes, outcomes, gaps, health, compare, next.',
    );
    expect(el.querySelector('.work-model-block-empty')?.textContent).toBe(
      'No routes yet. Use "Add route" to map one.',
    );
  });
});

describe('Export to canvas', () => {
  it('should write a JSON Canvas 1.0 file with file nodes and the route in its colour', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await exportCanvas(
      plugin.app,
      plugin.index,
      new Map([['Goal.md', { x: 1000, y: 40 }]]),
      '2026-06-01',
    );
    const canvas = JSON.parse(app.vault.text('Work Model/Work model.canvas') ?? '') as {
      nodes: {
        id: string;
        type: string;
        file?: string;
        x: number;
        y: number;
        width: number;
        height: number;
        color?: string;
      }[];
      edges: { id: string; fromNode: string; toNode: string; color?: string; label?: string }[];
    };
    expect(canvas.nodes.map((n) => [n.type, n.file ?? n.id])).toEqual([
      ['text', '__now__'],
      ['file', 'Goal.md'],
      ['file', 'Python.md'],
      ['file', 'Route.md'],
      ['file', 'SQL.md'],
    ]);
    // The map's layout, scaled as one to cards that never overlap: the pinned Goal keeps its
    // place among the rest (right of the last step, at its own height), not half their scale.
    const centre = (id: string) => {
      const n = canvas.nodes.find((x) => x.id === id);
      return { x: (n?.x ?? NaN) + 130, y: (n?.y ?? NaN) + 30, width: n?.width, height: n?.height };
    };
    expect(centre('Goal.md')).toMatchObject({ width: 260, height: 60 });
    const scale = centre('Goal.md').x / 1000;
    expect(scale).toBeGreaterThanOrEqual(1);
    expect(centre('Goal.md').y).toBeCloseTo(40 * scale, -1);
    expect(centre('SQL.md').x).toBeLessThan(centre('Goal.md').x);
    for (const a of canvas.nodes)
      for (const b of canvas.nodes)
        if (a !== b) expect(apart(a, b), `${a.id} and ${b.id} overlap`).toBe(true);
    const ids = new Set(canvas.nodes.map((n) => n.id));
    for (const e of canvas.edges) expect(ids.has(e.fromNode) && ids.has(e.toNode)).toBe(true);
    expect(new Set(canvas.edges.map((e) => e.id)).size).toBe(canvas.edges.length);
    const path = canvas.edges
      .filter((e) => e.label === 'Route')
      .map((e) => [e.fromNode, e.toNode, e.color]);
    expect(path).toEqual([
      ['__now__', 'Python.md', '1'],
      ['Python.md', 'SQL.md', '1'],
      ['SQL.md', 'Goal.md', '1'],
    ]);
  });

  it('should ask before replacing an existing canvas, and save a new one by default', async () => {
    const app = appWith({ ...vault, 'Work Model/Work model.canvas': '{"nodes":[],"edges":[]}' });
    const plugin = await loadPlugin(app);
    const first = exportCanvas(plugin.app, plugin.index, new Map(), '2026-06-01');
    const modal = Modal.openModals.at(-1);
    expect(modal?.contentEl.textContent).toContain('Work Model/Work model.canvas already exists');
    click(
      [...(modal?.contentEl.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Save as new',
      ),
    );
    await first;
    expect(app.vault.text('Work Model/Work model.canvas')).toBe('{"nodes":[],"edges":[]}');
    expect(app.vault.text('Work Model/Work model 2.canvas')).toContain('"nodes"');

    const second = exportCanvas(plugin.app, plugin.index, new Map(), '2026-06-01');
    click(
      [...(Modal.openModals.at(-1)?.contentEl.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent === 'Replace',
      ),
    );
    await second;
    expect(app.vault.text('Work Model/Work model.canvas')).toContain('"file": "Route.md"');
    expect(lastNotice()).toBe('Replaced Work Model/Work model.canvas.');
  });

  it('should leave the existing canvas alone when the question is dismissed', async () => {
    const app = appWith({ ...vault, 'Work Model/Work model.canvas': 'mine' });
    const plugin = await loadPlugin(app);
    const done = exportCanvas(plugin.app, plugin.index, new Map(), '2026-06-01');
    Modal.openModals.at(-1)?.close();
    expect(await done).toBeNull();
    expect(app.vault.text('Work Model/Work model.canvas')).toBe('mine');
    expect(app.vault.writes).toEqual([]);
  });
});
