// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import { appWith, idle, loadPlugin } from './harness';
import type { App, WorkspaceLeaf } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Python.md': '---\ntags: work/skill\n---\n',
  'Fintech.md':
    '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\nsteps: ["[[Python]]"]\n---\n',
  'Nonprofit.md': '---\ntags: work/route\nstatus: active\noutcomes: ["[[Goal]]"]\n---\n',
};

/** What a reader set up on the map: zoomed and moved, evidence shown, two routes, a search. */
const arranged = {
  camera: { k: 2, x: -40, y: 25 },
  filters: {
    hiddenRouteStatuses: ['dropped'],
    hiddenSkillCategories: [],
    showEvidence: true,
    showStale: false,
    nodeCap: 2000,
  },
  selectedRoutes: ['Fintech.md', 'Nonprofit.md'],
  selectedStep: null,
  search: 'python',
};

beforeEach(() => {
  document.body.empty();
});

/** Opens the pane in a new leaf with the state the workspace saved, as Obsidian restores it. */
async function openWith(app: App, state: Record<string, unknown>): Promise<WorkspaceLeaf> {
  const leaf = app.workspace.getLeaf('tab');
  await leaf.setViewState({ type: VIEW_TYPE, state });
  return leaf;
}

describe('the pane remembers', () => {
  it('should save its camera, filters, selected routes and search, and restore them in a new pane', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const first = await openWith(app, { map: arranged });
    await idle(plugin);
    const saved = first.getViewState().state;
    expect(saved).toEqual({ map: arranged });

    // Obsidian restarts, or the pane moves to a pop-out window: a new view, the same state.
    first.detach();
    const again = await openWith(app, JSON.parse(JSON.stringify(saved)) as Record<string, unknown>);
    await idle(plugin);
    expect(again.getViewState().state).toEqual({ map: arranged });
    const search = (
      again.view as unknown as { containerEl: HTMLElement }
    ).containerEl.querySelector<HTMLInputElement>('input[type="search"]');
    expect(search?.value).toBe('python');
  });

  it('should save the next step selected and light its routes again in a new pane', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const first = await openWith(app, {});
    await idle(plugin);
    const el = (first.view as unknown as { containerEl: HTMLElement }).containerEl;
    const step = el.querySelector<HTMLButtonElement>(
      '.work-model-map-next-step[data-id="Python.md"]',
    );
    if (!step) throw new Error('Python is not among the next steps');
    step.click();
    const saved = first.getViewState().state;
    expect(saved).toMatchObject({ map: { selectedStep: 'Python.md', selectedRoutes: [] } });

    first.detach();
    const again = await openWith(app, JSON.parse(JSON.stringify(saved)) as Record<string, unknown>);
    await idle(plugin);
    expect(again.getViewState().state).toMatchObject({ map: { selectedStep: 'Python.md' } });
    const map = (again.view as unknown as { contentEl: HTMLElement }).contentEl.ownerDocument
      .defaultView as unknown as { workModelMap: { inspect(): { litRoutes: string[] } } };
    expect(map.workModelMap.inspect().litRoutes).toEqual(['Fintech.md']);
    const pressed = (
      again.view as unknown as { containerEl: HTMLElement }
    ).containerEl.querySelector('.work-model-map-next-step[aria-pressed="true"]');
    expect(pressed?.getAttribute('data-id')).toBe('Python.md');
  });

  it('should let go of a saved next step that is not among the next steps', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const leaf = await openWith(app, { map: { selectedStep: 'Goal.md' } });
    await idle(plugin);
    expect(leaf.getViewState().state).toMatchObject({ map: { selectedStep: null } });
  });

  it('should keep a state given while the first index is still being built', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const leaf = await openWith(app, { map: { search: 'goal' } });
    expect(leaf.getViewState().state).toMatchObject({ map: { search: 'goal' } });
    await idle(plugin);
    expect(leaf.getViewState().state).toMatchObject({ map: { search: 'goal' } });
  });

  it('should leave out what a damaged workspace file holds, and open as usual', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const leaf = await openWith(app, {
      map: { camera: 'far', selectedRoutes: 'all', selectedStep: 7, search: 7 },
    });
    await idle(plugin);
    expect(leaf.getViewState().state).toMatchObject({
      map: { camera: null, selectedStep: null, search: '' },
    });
  });
});
