// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appWith, lastNotice, loadPlugin, newPlugin, stub } from './harness';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Other goal.md': '---\ntags: career/goal\n---\n',
};

describe('saved settings at start-up', () => {
  it('should index the vault with the saved settings once the layout is ready', async () => {
    const plugin = await loadPlugin(appWith(vault), { tags: { outcome: 'career/goal' } });
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Other goal.md']);
    expect(plugin.config.tags.outcome).toBe('career/goal');
  });

  it('should give the saved settings to whatever asks before the layout is ready', async () => {
    const app = appWith(vault);
    const plugin = newPlugin(app);
    stub(plugin).data = { staleDays: 21 };
    stub(plugin).loaded = true;
    await plugin.onload();
    expect(plugin.config.staleDays).toBe(21);
  });

  it.each([
    [{ staleDays: 'soon' }, /staleDays: a number of days from 1 to 3650/],
    [{ tags: { skill: 'work/outcome' } }, /tags\.skill: "work\/outcome" is also/],
  ])('should name a bad saved value (%j) once the layout is ready', async (data, message) => {
    const app = appWith(vault);
    const plugin = await loadPlugin(app, data);
    expect(lastNotice()).toMatch(message);
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md']);
  });
});
