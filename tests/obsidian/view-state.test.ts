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
    const leaf = await openWith(app, { map: { camera: 'far', selectedRoutes: 'all', search: 7 } });
    await idle(plugin);
    expect(leaf.getViewState().state).toMatchObject({ map: { camera: null, search: '' } });
  });
});
