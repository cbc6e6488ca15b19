// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type WorkModelPlugin from '../../src/main';
import { PERIODIC_NOTES_UPDATED } from '../../src/obsidian/daily-notes';
import { appWith, loadPlugin } from './harness';
import type { App } from './stand-in/obsidian';

const outcome = '---\ntags: [work/outcome]\n---\n';
const evidence = '---\nevidence: ["[[Lead]]"]\nsignal: win\n---\nA talk went well.\n';

/** A vault with an outcome and one daily note, named `name`, that is evidence for it. */
const vaultWith = (daily: string) => appWith({ 'Lead.md': outcome, [daily]: evidence });

const coreDailyNotes = (app: App, folder: string, format: string, enabled = true) => {
  app.internalPlugins.byId['daily-notes'] = { enabled, instance: { options: { folder, format } } };
};

const dates = (plugin: WorkModelPlugin) =>
  plugin.index.graph().evidence.map((e) => [e.file, e.date]);

// The stand-in clock's today is 2026-06-01, and files are modified then.
describe('daily notes', () => {
  it.each([
    ['YYYY-MM-DD', 'Daily/2026-05-04.md', '2026-05-04'],
    ['DD-MM-YYYY', 'Daily/04-05-2026.md', '2026-05-04'],
    ['gggg [W]ww', 'Daily/2026 W19.md', '2026-05-03'],
  ])(
    'should date a daily note named in the format %s by its name (Daily notes core plugin)',
    async (format, path, day) => {
      const app = vaultWith(path);
      coreDailyNotes(app, 'Daily', format);
      expect(dates(await loadPlugin(app))).toEqual([[path, day]]);
    },
  );

  it.each([
    ['YYYY-MM-DD', 'Journal/2026-05-04.md', '2026-05-04'],
    ['DD-MM-YYYY', 'Journal/04-05-2026.md', '2026-05-04'],
    ['gggg [W]ww', 'Journal/2026 W19.md', '2026-05-03'],
  ])(
    "should take Periodic Notes' daily format %s over the core plugin's when it is enabled",
    async (format, path, day) => {
      const app = vaultWith(path);
      coreDailyNotes(app, 'Elsewhere', 'YYYY');
      app.plugins.byId['periodic-notes'] = {
        settings: { daily: { enabled: true, folder: 'Journal', format } },
      };
      expect(dates(await loadPlugin(app))).toEqual([[path, day]]);
    },
  );

  it('should date a note by its modification day when its name is not in the format', async () => {
    const app = vaultWith('Daily/May the fourth.md');
    coreDailyNotes(app, 'Daily', 'DD-MM-YYYY');
    expect(dates(await loadPlugin(app))).toEqual([['Daily/May the fourth.md', '2026-06-01']]);
  });

  it('should read the format only inside the daily-notes folder', async () => {
    const app = vaultWith('Projects/04-05-2026.md');
    coreDailyNotes(app, 'Daily', 'DD-MM-YYYY');
    expect(dates(await loadPlugin(app))).toEqual([['Projects/04-05-2026.md', '2026-06-01']]);
  });

  it('should let the date property win over the name', async () => {
    const app = appWith({
      'Lead.md': outcome,
      'Daily/04-05-2026.md': '---\nevidence: ["[[Lead]]"]\ndate: 2026-05-20\n---\n',
    });
    coreDailyNotes(app, 'Daily', 'DD-MM-YYYY');
    expect(dates(await loadPlugin(app))).toEqual([['Daily/04-05-2026.md', '2026-05-20']]);
  });

  it("should ignore a disabled Daily notes plugin's format", async () => {
    const app = vaultWith('Daily/04-05-2026.md');
    coreDailyNotes(app, 'Daily', 'DD-MM-YYYY', false);
    expect(dates(await loadPlugin(app))).toEqual([['Daily/04-05-2026.md', '2026-06-01']]);
  });

  it('should date notes anew when the format changes, without a restart', async () => {
    const app = vaultWith('Daily/04-05-2026.md');
    coreDailyNotes(app, 'Daily', 'YYYY-MM-DD');
    const plugin = await loadPlugin(app);
    expect(dates(plugin)).toEqual([['Daily/04-05-2026.md', '2026-06-01']]);
    coreDailyNotes(app, 'Daily', 'DD-MM-YYYY');
    expect(await plugin.index.checkDailyNotes()).toBe(true);
    expect(dates(plugin)).toEqual([['Daily/04-05-2026.md', '2026-05-04']]);
    expect(await plugin.index.checkDailyNotes()).toBe(false);
  });

  it('should look again when Periodic Notes says its settings changed', async () => {
    const app = vaultWith('Journal/04-05-2026.md');
    const daily = { enabled: false, folder: 'Journal', format: 'DD-MM-YYYY' };
    app.plugins.byId['periodic-notes'] = { settings: { daily } };
    const plugin = await loadPlugin(app);
    expect(dates(plugin)).toEqual([['Journal/04-05-2026.md', '2026-06-01']]);
    daily.enabled = true;
    const rebuilt = new Promise<void>((resolve) => plugin.index.onChange(resolve));
    app.workspace.trigger(PERIODIC_NOTES_UPDATED);
    await rebuilt;
    expect(dates(plugin)).toEqual([['Journal/04-05-2026.md', '2026-05-04']]);
  });
});
