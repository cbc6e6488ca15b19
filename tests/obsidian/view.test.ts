// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkMap } from '../../src/view/work-map';
import {
  appWith,
  fileAt,
  idle,
  lastNotice,
  loadPlugin,
  newPlugin,
  runCommand,
  stub,
} from './harness';
import { Notice, Platform, type App } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Skills/Python.md': '---\ntags: work/skill\n---\n',
  'Route.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]", "[[Interview practice]]"]\n---\n',
};

const options = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent);

beforeEach(() => {
  document.body.empty();
});
afterEach(() => {
  Platform.isMobile = false;
  vi.restoreAllMocks();
});

/** The open pane's element, attached to the document as Obsidian shows it. */
function pane(app: App, n = 0): HTMLElement {
  const leaf = app.workspace.getLeavesOfType('work-model-graph')[n];
  const el = (leaf?.view as unknown as { containerEl: HTMLElement }).containerEl;
  document.body.appendChild(el);
  return el;
}

/**
 * Opens the map in a pane of a size (jsdom lays nothing out), so it has stations to point at,
 * and records Obsidian's hover-link events as the page preview plugin receives them.
 */
async function openSizedMap(positions?: Record<string, { x: number; y: number; pinned: boolean }>) {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    DOMRect.fromRect({ width: 800, height: 600 }),
  );
  const app = appWith(vault);
  const plugin = await loadPlugin(app, positions ? { positions } : {});
  runCommand(plugin, 'open-graph');
  await idle(plugin);
  const el = pane(app);
  const hovers: { source: string; linktext: string }[] = [];
  app.workspace.on('hover-link', (info: { source: string; linktext: string }) => hovers.push(info));
  const map = (el.ownerDocument.defaultView as unknown as { workModelMap: WorkMap }).workModelMap;
  return { app, plugin, el, map, hovered: () => hovers.map((h) => [h.source, h.linktext]) };
}

describe('the work model pane', () => {
  it('should show the map with every note in its accessible list, and follow changes', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const leaf = app.workspace.getLeavesOfType('work-model-graph')[0];
    document.body.appendChild((leaf?.view as unknown as { containerEl: HTMLElement }).containerEl);
    expect(options()).toEqual(['Now', 'Route', 'Python', 'Goal', 'Interview practice']);
    await app.vault.create('Goal 2.md', '---\ntags: work/outcome\n---\n');
    await idle(plugin);
    expect(options()).toContain('Goal 2');
    const clauses = [
      ...document.querySelectorAll('.work-model-map-route .work-model-map-figures-clause'),
    ];
    expect(clauses.map((c) => c.textContent)).toContain('0%, 0/1 steps done');
  });

  it('should apply changed view settings to an open map at once, its Filters panel too', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const el = pane(app);
    const map = (document.defaultView as unknown as { workModelMap: WorkMap }).workModelMap;
    /** The Filters panel's checkboxes that are ticked, by their words. */
    const ticked = () =>
      [...el.querySelectorAll('.work-model-map-filters label')]
        .filter((l) => l.querySelector('input')?.checked)
        .map((l) => l.textContent.trim());
    expect(map.inspect().hiddenRoutes).toEqual([]);
    expect(ticked()).toEqual([
      'exploring',
      'active',
      'paused',
      'skill',
      'experience',
      'relationship',
      'stale marks',
    ]);

    // The user changes the view settings in the plugin's tab, with the map open.
    const tab = stub(plugin).settingTabs[0] as unknown as { containerEl: HTMLElement };
    (tab as unknown as { display(): void }).display();
    const setting = (name: string) =>
      [...tab.containerEl.querySelectorAll('.setting-item')].find(
        (s) => s.querySelector('.setting-item-name')?.textContent === name,
      ) as HTMLElement;
    const statuses = setting('Hidden route statuses').querySelector('input') as HTMLInputElement;
    statuses.value = 'active, dropped';
    statuses.dispatchEvent(new Event('change'));
    (setting('Show evidence notes').querySelector('[role="switch"]') as HTMLElement).click();
    (setting('Mark stale notes').querySelector('[role="switch"]') as HTMLElement).click();
    await idle(plugin);
    expect(map.inspect().hiddenRoutes.map((r) => r.id)).toEqual(['Route.md']);
    expect(ticked()).toEqual([
      'exploring',
      'paused',
      'reached',
      'skill',
      'experience',
      'relationship',
      'evidence notes',
    ]);

    // The map's own "show" ticks the route statuses it shows.
    (el.querySelector('.work-model-map-hidden-routes button') as HTMLButtonElement).click();
    expect(map.inspect().hiddenRoutes).toEqual([]);
    expect(ticked()).toContain('active');
  });

  it('should create a missing note from its ghost as the kind its link expects', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await plugin.createMissingNote('Interview practice');
    await idle(plugin);
    expect(app.vault.text('Work Model/Stepping stones/Interview practice.md')).toMatch(
      /^---\ntags:\n {2}- work\/skill\n/,
    );
    expect(plugin.index.graph().ghosts).toEqual([]);
    expect(app.workspace.opened).toEqual(['Work Model/Stepping stones/Interview practice.md']);
  });

  it('should remember positions across restarts and renames', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    plugin.savePositions(
      new Map([
        ['Skills/Python.md', { x: 120, y: -40, pinned: true }],
        ['__now__', { x: 0, y: 0 }],
      ]),
    );
    await app.fileManager.renameFile(fileAt(app, 'Skills/Python.md'), 'Skills/Python 3.md');
    await idle(plugin);
    stub(plugin).unload(); // saves what is pending
    await idle(plugin);
    const data = stub(plugin).data as { positions: Record<string, unknown> };
    expect(data.positions).toEqual({ 'Skills/Python 3.md': { x: 120, y: -40, pinned: true } });
    const again = await loadPlugin(app, data);
    expect(again.positions.get('Skills/Python 3.md')).toEqual({ x: 120, y: -40, pinned: true });
  });

  it('should stop drawing and listening when closed', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const leaf = app.workspace.getLeavesOfType('work-model-graph')[0];
    const container = (leaf?.view as unknown as { containerEl: HTMLElement }).containerEl;
    document.body.appendChild(container);
    expect(container.querySelector('.work-model-map')).not.toBeNull();
    const css = app.workspace.listenerCount('css-change');
    expect(css).toBe(1);
    leaf?.detach();
    await idle(plugin);
    expect(app.workspace.listenerCount('css-change')).toBe(0);
    expect(container.querySelector('.work-model-map')).toBeNull();
  });

  it('should open at once with "Indexing… n of m", then "Building the model…", then show the map', async () => {
    const files: Record<string, string> = { ...vault };
    for (let i = 0; i < 300; i++) files[`Plain/${i}.md`] = `Note ${i}`;
    const app = appWith(files);
    const plugin = newPlugin(app);
    stub(plugin).loaded = true;
    await plugin.onload();
    runCommand(plugin, 'open-graph');
    await new Promise((r) => window.setTimeout(r, 0));
    const el = pane(app);
    expect(el.querySelector('.work-model-view-loading')?.textContent).toBe('Indexing…');
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 100));
    const shown: string[] = [];
    plugin.index.onProgress(() =>
      shown.push(el.querySelector('.work-model-view-loading')?.textContent ?? ''),
    );
    app.workspace.ready(); // the first build reads 128 files, then yields
    expect(el.querySelector('.work-model-view-loading')?.textContent).toBe('Indexing… 128 of 303');
    await plugin.index.ready;
    // Then the links of the model are resolved, in slices too.
    const reading = ['Indexing… 0 of 303', 'Indexing… 128 of 303', 'Indexing… 256 of 303'];
    expect(shown.slice(0, 3)).toEqual(reading);
    expect(shown.slice(3).length).toBeGreaterThan(0);
    expect(new Set(shown.slice(3))).toEqual(new Set(['Building the model…']));
    await idle(plugin);
    expect(el.querySelector('.work-model-view-loading')).toBeNull();
    expect(options()).toContain('Route');
  });

  it('should create a missing note with a name every system accepts', async () => {
    const app = appWith({ 'J.md': '---\nevidence: ["[[What now?]]"]\n---\n' });
    const plugin = await loadPlugin(app);
    await plugin.createMissingNote('What now?');
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['What now.md']);
    expect(app.vault.text('What now.md')).toBe('');
  });

  it('should title an evidence note X.MD as X', async () => {
    const app = appWith({ ...vault, 'Win.MD': '---\nevidence: ["[[Goal]]"]\nsignal: win\n---\n' });
    const plugin = await loadPlugin(app, { view: { showEvidence: true } });
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    pane(app);
    expect(options()).toContain('Win');
    expect(options()).not.toContain('Win.MD');
  });

  it('should preview a listed note on hover and open it where the modifier keys say', async () => {
    const { app, plugin, el, map, hovered } = await openSizedMap();
    const goal = el.querySelector('[role="option"][data-id="Goal.md"]');
    goal?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(hovered()).toEqual([['work-model', 'Goal.md']]);
    goal?.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, ctrlKey: true, altKey: true }));
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Goal.md']);
    expect(app.workspace.openedIn.at(-1)).toBe('split');
    // A plain click on the map after that opens in place: the keys of this click count, not
    // those of an earlier one.
    const node = map.inspect().nodes.find((n) => n.id === 'Goal.md');
    const canvas = el.querySelector('canvas');
    canvas?.dispatchEvent(
      new MouseEvent('click', { bubbles: true, clientX: node?.x, clientY: node?.y }),
    );
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Goal.md', 'Goal.md']);
    expect(app.workspace.openedIn.at(-1)).toBe(false);
  });

  it("should show Obsidian's page preview of a station the pointer rests on, once per station", async () => {
    const { el, map, hovered } = await openSizedMap();
    const node = map.inspect().nodes.find((n) => n.id === 'Goal.md');
    const canvas = el.querySelector('canvas');
    for (let i = 0; i < 2; i++)
      for (const type of ['pointermove', 'mousemove'])
        canvas?.dispatchEvent(
          new MouseEvent(type, {
            bubbles: true,
            clientX: node?.x,
            clientY: node?.y,
            ctrlKey: true,
          }),
        );
    expect(hovered()).toEqual([['work-model', 'Goal.md']]);
  });

  it('should forget a pin the user double-clicks away, so the next layout leaves it free', async () => {
    const { plugin, el, map } = await openSizedMap({
      'Skills/Python.md': { x: 120, y: -40, pinned: true },
    });
    const python = () => map.inspect().nodes.find((n) => n.id === 'Skills/Python.md');
    expect(python()?.pinned).toBe(true);
    el.querySelector('canvas')?.dispatchEvent(
      new MouseEvent('dblclick', { bubbles: true, clientX: python()?.x, clientY: python()?.y }),
    );
    await idle(plugin);
    expect(plugin.positions.has('Skills/Python.md')).toBe(false);
    expect(python()?.pinned).toBe(false);
  });

  it('should give each open map its own tooltip', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    await app.workspace.getLeaf('tab').setViewState({ type: 'work-model-graph' });
    const ids = [pane(app, 0), pane(app, 1)].map(
      (el) => el.querySelector('.work-model-map-tooltip')?.id,
    );
    expect(new Set(ids).size).toBe(2);
  });
});

describe('on mobile, where there is no status bar', () => {
  it('should say in the pane when the next revision is due, and create it on tap', async () => {
    Platform.isMobile = true;
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    expect(stub(plugin).statusBar).toEqual([]);
    runCommand(plugin, 'open-graph');
    await idle(plugin);
    const due = pane(app).querySelector<HTMLButtonElement>('.work-model-view-due');
    expect(due?.textContent).toBe('Write your first revision');
    due?.click();
    await idle(plugin);
    expect(app.workspace.opened).toEqual(['Work Model/Revisions/2026-06-01 revision.md']);
  });

  it('should say so in a notice once a day when a revision is due', async () => {
    Platform.isMobile = true;
    Notice.shown = [];
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    await idle(plugin);
    expect(lastNotice()).toBe(
      'Work model: Write your first revision. Run "Create revision note" to write it.',
    );
    await app.vault.create('Goal 2.md', '---\ntags: work/outcome\n---\n');
    await idle(plugin);
    stub(plugin).unload();
    await idle(plugin);
    const again = await loadPlugin(app, stub(plugin).data); // Obsidian restarted the same day
    await idle(again);
    expect(Notice.shown.filter((n) => n.includes('revision'))).toHaveLength(1);
    vi.setSystemTime(Date.parse('2026-06-02T09:00:00Z'));
    again.index.notify();
    expect(Notice.shown.filter((n) => n.includes('revision'))).toHaveLength(2);
  });
});
