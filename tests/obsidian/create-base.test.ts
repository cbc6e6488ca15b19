// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appWith, idle, lastNotice, loadPlugin, runCommand } from './harness';

const path = 'Work Model/Work model.base';

async function createBase(files: Record<string, string> = {}, data: unknown = null) {
  const app = appWith(files);
  const plugin = await loadPlugin(app, data);
  runCommand(plugin, 'create-base');
  await idle(plugin);
  return app;
}

describe('Create base', () => {
  it('should write Work model.base beside the model folders and open it', async () => {
    const app = await createBase();
    const base = parse(app.vault.text(path) ?? '') as { views: { name: string }[] };
    expect(base.views.map((v) => v.name)).toEqual([
      'Outcomes',
      'Routes',
      'Stepping stones',
      'Evidence',
    ]);
    expect(app.workspace.opened).toEqual([path]);
    expect(lastNotice()).toBe(
      `Created ${path}: outcomes, routes, stepping stones and evidence as tables.`,
    );
  });

  it('should use the tags and the folders of the settings', async () => {
    const app = await createBase(
      {},
      { tags: { route: 'career/path' }, folders: { routes: 'Career/Routes' } },
    );
    expect(app.vault.text('Career/Work model.base')).toContain(`- 'file.hasTag("career/path")'`);
  });

  it('should open an existing base and never overwrite it', async () => {
    const mine = 'views:\n  - type: cards\n    name: My own\n';
    const app = await createBase({ [path]: mine });
    expect(app.vault.text(path)).toBe(mine);
    expect(app.workspace.opened).toEqual([path]);
    expect(lastNotice()).toBe(`${path} already exists; it was opened, not overwritten.`);
  });

  it('should refuse, and say why, when a folder has the name', async () => {
    const app = await createBase({ [`${path}/note.md`]: 'text' });
    expect(app.vault.getFileByPath(path)).toBeNull();
    expect(app.workspace.opened).toEqual([]);
    expect(lastNotice()).toBe(`${path} is a folder; rename it to create the work model base.`);
  });
});
