// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/model';
import type { WorkModelSettingTab } from '../../src/obsidian/settings-tab';
import { appWith, idle, lastNotice, loadPlugin, stub } from './harness';

const vault = {
  'Goal.md': '---\ntags: career/goal\n---\n',
  'Daily/2026-05-30.md': 'Thought about [[Goal]].',
};

async function openTab(data: unknown = null) {
  const app = appWith(vault);
  const plugin = await loadPlugin(app, data);
  const tab = stub(plugin).settingTabs[0] as unknown as WorkModelSettingTab & {
    containerEl: HTMLElement;
  };
  // What Obsidian before 1.13 calls to draw the tab (deprecated only from 1.13 on).
  (tab as unknown as { display(): void }).display();
  const setting = (name: string) => {
    const el = [...tab.containerEl.querySelectorAll('.setting-item')].find(
      (s) => s.querySelector('.setting-item-name')?.textContent === name,
    );
    if (!el) throw new Error(`No setting ${name}`);
    return el as HTMLElement;
  };
  const input = (name: string) => setting(name).querySelector('input') as HTMLInputElement;
  /** Types each character as a user does, without leaving the field. */
  const keystrokes = async (name: string, value: string) => {
    const el = input(name);
    for (let i = value.length === 0 ? 0 : 1; i <= value.length; i++) {
      el.value = value.slice(0, i);
      el.dispatchEvent(new Event('input'));
    }
    await idle(plugin);
  };
  /** Types a value and leaves the field (or presses Enter): the DOM's `change` event. */
  const typeInto = async (name: string, value: string) => {
    await keystrokes(name, value);
    input(name).dispatchEvent(new Event('change'));
    await idle(plugin);
  };
  const saved = () => stub(plugin).data as Record<string, unknown> | null;
  return { app, plugin, tab, setting, keystrokes, typeInto, saved };
}

describe('the settings tab', () => {
  it('should show every setting of SPEC §4, grouped under headings', async () => {
    const { tab } = await openTab();
    const headings = [
      ...tab.containerEl.querySelectorAll('.setting-item-heading .setting-item-name'),
    ].map((h) => h.textContent);
    expect(headings).toEqual([
      'Tags',
      'Property names',
      'Folders for new notes',
      'Journal',
      'Revisions',
      'Model',
      'View',
    ]);
    expect(
      tab.containerEl.querySelectorAll('.setting-item:not(.setting-item-heading)'),
    ).toHaveLength(24);
  });

  it('should save a good value and rebuild the model with it', async () => {
    const { plugin, typeInto, saved } = await openTab();
    expect(plugin.index.graph().nodes).toEqual([]);
    await typeInto('Outcome tag', '#Career/Goal');
    expect(saved()).toMatchObject({ tags: { ...DEFAULT_SETTINGS.tags, outcome: 'career/goal' } });
    expect(plugin.index.graph().nodes.map((n) => n.id)).toEqual(['Goal.md']);
    await typeInto('Journal folders', 'Daily, Journal');
    expect(plugin.config.journalFolders).toEqual(['Daily', 'Journal']);
    expect(plugin.index.graph().evidence.map((e) => e.file)).toEqual(['Daily/2026-05-30.md']);
  });

  it('should neither save nor rebuild at each keystroke, only when the field is left', async () => {
    const { plugin, keystrokes, typeInto, saved, setting } = await openTab();
    const rebuild = vi.spyOn(plugin.index, 'rebuild');
    await keystrokes('Outcome tag', 'career/goal');
    expect(saved()).toBeNull();
    expect(rebuild).not.toHaveBeenCalled();
    await keystrokes('Route tag', 'my routes');
    expect(setting('Route tag').querySelector('.work-model-setting-error')?.textContent).toContain(
      'a tag is one word',
    );
    await typeInto('Outcome tag', 'career/goal');
    expect(saved()).toMatchObject({ tags: { outcome: 'career/goal' } });
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it('should rebuild the index only when a setting that changes the model changed', async () => {
    const { plugin, typeInto, saved } = await openTab();
    const rebuild = vi.spyOn(plugin.index, 'rebuild');
    let redraws = 0;
    plugin.index.onChange(() => redraws++);
    await typeInto('Stale after days', '90');
    await typeInto('File name format', 'YYYY [review]');
    expect(saved()).toMatchObject({ staleDays: 90, revisionFileFormat: 'YYYY [review]' });
    expect(plugin.index.settings.staleDays).toBe(90);
    expect(redraws).toBeGreaterThan(0);
    expect(rebuild).not.toHaveBeenCalled();
    await typeInto('Steps', 'path');
    expect(rebuild).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['Activity window in days', '0', 'Activity window in days: a number of days from 1 to 3650.'],
    ['Advancement window in days', 'soon', 'Advancement window in days: enter a whole number.'],
    ['Steps', '', 'Steps: a property name cannot be empty.'],
    ['Route tag', 'my routes', 'Route tag: a tag is one word without spaces, commas or #.'],
    ['Hidden route statuses', 'paused, sleeping', 'Hidden route statuses:'],
    ['File name format', '  ', 'File name format: a file name format cannot be empty.'],
  ])('should refuse %s = %j with a message and save nothing', async (name, value, message) => {
    const { setting, typeInto, saved, plugin } = await openTab();
    await typeInto(name, value);
    expect(setting(name).querySelector('.work-model-setting-error')?.textContent).toContain(
      message,
    );
    expect(saved()).toBeNull();
    expect(plugin.config).toEqual(DEFAULT_SETTINGS);
  });

  it('should offer the same fields, validated, to Obsidian 1.13 settings search', async () => {
    const { tab, saved } = await openTab();
    const groups = tab.getSettingDefinitions() as {
      heading: string;
      items: { name: string; control: { key: string; validate: (v: unknown) => unknown } }[];
    }[];
    const items = groups.flatMap((g) => g.items);
    expect(items).toHaveLength(24);
    const advancement = items.find((i) => i.control.key === 'advancementDays');
    expect(advancement?.control.validate(0)).toBe(
      'Advancement window in days: a number of days from 1 to 3650.',
    );
    expect(advancement?.control.validate(180)).toBeUndefined();
    expect(tab.getControlValue('journalFolders')).toBe('Journal');
    await tab.setControlValue('staleDays', -1);
    expect(lastNotice()).toBe('Not saved. Stale after days: a number of days from 1 to 3650.');
    expect(saved()).toBeNull();
    await tab.setControlValue('staleDays', 90);
    expect(saved()).toMatchObject({ staleDays: 90 });
  });

  it('should reset bad values found in data.json, keep the good ones and say so', async () => {
    // An older data.json's single window is read as the activity window.
    const { plugin } = await openTab({
      momentumDays: -5,
      staleDays: 14,
      tags: { skill: 'two words' },
    });
    expect(plugin.config.activityDays).toBe(30);
    expect(plugin.config.staleDays).toBe(14);
    expect(plugin.config.tags.skill).toBe('work/skill');
    expect(lastNotice()).toMatch(
      /^Work model: some saved settings were invalid and were reset: .*activityDays/,
    );
  });
});
