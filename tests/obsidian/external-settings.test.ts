// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appWith, idle, loadPlugin, stub } from './harness';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Other goal.md': '---\ntags: career/goal\n---\n',
};

describe('settings changed on another device', () => {
  it('should reload them, rebuild with them, and never write the stale ones back', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app, { staleDays: 14 });
    plugin.savePositions(new Map([['Goal.md', { x: 1, y: 2 }]])); // saved a second later
    // Sync writes data.json: another device changed the outcome tag and moved Other goal.
    const theirs = {
      ...(structuredClone(stub(plugin).data) ?? {}),
      staleDays: 21,
      tags: { outcome: 'career/goal' },
      positions: { 'Other goal.md': { x: 7, y: 8 } },
    };
    stub(plugin).data = theirs;
    await plugin.onExternalSettingsChange();
    expect(plugin.config.staleDays).toBe(21);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Other goal.md']);
    // The next position save writes the fresh settings, and keeps both devices' positions.
    stub(plugin).unload();
    await idle(plugin);
    expect(stub(plugin).data).toMatchObject({
      staleDays: 21,
      tags: { outcome: 'career/goal' },
      positions: { 'Goal.md': { x: 1, y: 2 }, 'Other goal.md': { x: 7, y: 8 } },
    });
  });

  it('should show the new values in the settings tab when it is open', async () => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app);
    const tab = stub(plugin).settingTabs[0] as unknown as {
      containerEl: HTMLElement;
      display(): void;
    };
    document.body.appendChild(tab.containerEl);
    tab.display();
    stub(plugin).data = { staleDays: 45 };
    await plugin.onExternalSettingsChange();
    const stale = [...tab.containerEl.querySelectorAll('.setting-item')].find(
      (s) => s.querySelector('.setting-item-name')?.textContent === 'Stale after days',
    );
    expect(stale?.querySelector('input')?.value).toBe('45');
    tab.containerEl.remove();
  });
});
