// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { appWith, fileAt, idle, loadPlugin, runCommand, stub } from './harness';

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
    expect(document.querySelector('.work-model-map-route')?.textContent).toContain(
      'active · 0/1 steps (0%)',
    );
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
});
