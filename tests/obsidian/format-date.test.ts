// @vitest-environment jsdom
import 'moment/locale/fr';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRevision } from '../../src/obsidian/create-revision';
import { appWith, idle, loadPlugin } from './harness';
import { moment } from './stand-in/obsidian';

const vault = {
  'Goal.md': '---\ntags: work/outcome\n---\n',
  'Templates/Revision.md': '# {{date:dddd, MMMM Do YYYY}}, {{time:LT}}\n{{date:[W]WW}}\n',
};

async function revise(data: unknown) {
  const app = appWith(vault);
  const plugin = await loadPlugin(app, {
    revisionTemplate: 'Templates/Revision.md',
    ...(data as object),
  });
  await createRevision(plugin.app, plugin.index, '2026-05-04', { hours: 9, minutes: 5 });
  await idle(plugin);
  return app;
}

describe("dates through Obsidian's moment", () => {
  // Obsidian sets its moment to the language the user chose; importing a locale selects it too.
  beforeEach(() => void moment.locale('en'));
  afterEach(() => void moment.locale('en'));

  it('should name the revision and fill {{date:FORMAT}} with any Moment.js token', async () => {
    const app = await revise({ revisionFileFormat: 'gggg [week] WW, dddd' });
    expect(app.vault.text('Work Model/Revisions/2026 week 19, Monday.md')).toContain(
      '# Monday, May 4th 2026, 9:05 AM\nW19\n',
    );
  });

  it("should write names and dates in the user's language", async () => {
    moment.locale('fr');
    const app = await revise({ revisionFileFormat: 'dddd D MMMM YYYY' });
    expect(app.vault.text('Work Model/Revisions/lundi 4 mai 2026.md')).toContain(
      '# lundi, mai 4 2026, 09:05\nW19\n',
    );
  });
});
