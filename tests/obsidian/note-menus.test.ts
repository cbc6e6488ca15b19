// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type WorkModelPlugin from '../../src/main';
import type { EvidenceModal } from '../../src/obsidian/evidence-modal';
import type { RecordEvidenceModal } from '../../src/obsidian/record-evidence';
import { VIEW_TYPE } from '../../src/obsidian/work-model-view';
import { appWith, fileAt, idle, lastNotice, loadPlugin, runCommand, topModal } from './harness';
import { Menu, Modal, type App } from './stand-in/obsidian';

const vault = {
  'Lead.md': '---\ntags: [work/outcome]\n---\n',
  'Talks.md': '---\ntags: [work/skill]\nstatus: building\nsupports: ["[[Lead]]"]\n---\n',
  'Python.md': '---\ntags: [work/skill]\nstatus: done\ncompleted: 2026-01-05\n---\n',
  'Route.md': '---\ntags: [work/route]\noutcomes: ["[[Lead]]"]\nsteps: ["[[Talks]]"]\n---\n',
  'Groceries.md': 'Milk.\n',
};

/** The entries a file menu offers for the note at `path`. */
function fileMenu(app: App, path: string): Menu {
  const menu = new Menu();
  app.workspace.trigger('file-menu', menu, fileAt(app, path), 'file-explorer');
  return menu;
}

/** The entries the editor's menu offers while the note at `path` is being edited. */
function editorMenu(app: App, path: string): Menu {
  const menu = new Menu();
  app.workspace.trigger('editor-menu', menu, {}, { app, file: fileAt(app, path) });
  return menu;
}

/** Both menus, for tables: each entry must do the same from either. */
const menus = [
  ['file menu', fileMenu],
  ['editor menu', editorMenu],
] as const;

const titles = (menu: Menu) => menu.items.map((i) => i.title);
const entry = (menu: Menu, title: string) => {
  const item = menu.items.find((i) => i.title === title);
  if (!item) throw new Error(`No menu entry ${title}`);
  return item;
};

let app: App;
let plugin: WorkModelPlugin;
beforeEach(async () => {
  Modal.openModals.length = 0;
  app = appWith(vault);
  plugin = await loadPlugin(app);
});

describe('file and editor menus', () => {
  it.each([
    [
      'Talks.md',
      [
        'Show on work map',
        'Mark stepping stone done',
        'Record evidence for this note',
        'Link as evidence',
      ],
    ],
    ['Python.md', ['Show on work map', 'Record evidence for this note', 'Link as evidence']],
    ['Lead.md', ['Show on work map', 'Record evidence for this note', 'Link as evidence']],
    ['Route.md', ['Show on work map', 'Record evidence for this note', 'Link as evidence']],
    ['Groceries.md', ['Link as evidence']],
  ])('should offer, for %s, %j in the file menu and the editor menu alike', (path, expected) => {
    expect(titles(fileMenu(app, path))).toEqual(expected);
    expect(titles(editorMenu(app, path))).toEqual(expected);
  });

  it.each(menus)(
    'should mark a stepping stone done from the %s as the command does',
    async (_, menuOf) => {
      const menuApp = app;
      entry(menuOf(menuApp, 'Talks.md'), 'Mark stepping stone done').click();
      await idle(plugin);
      const byMenu = menuApp.vault.text('Talks.md');

      app = appWith(vault);
      plugin = await loadPlugin(app);
      await app.workspace.getLeaf(false).openFile(fileAt(app, 'Talks.md'));
      runCommand(plugin, 'mark-stone-done');
      await idle(plugin);
      expect(byMenu).toBe(app.vault.text('Talks.md'));
      expect(app.metadataCache.getCache('Talks.md')?.frontmatter).toMatchObject({
        status: 'done',
        completed: '2026-06-01',
      });
    },
  );

  it.each(menus)(
    'should link the clicked note as evidence from the %s, as the command does for the open one',
    async (_, menuOf) => {
      entry(menuOf(app, 'Groceries.md'), 'Link as evidence').click();
      const byMenu = topModal<EvidenceModal>().titleEl.textContent;
      Modal.openModals.length = 0;
      await app.workspace.getLeaf(false).openFile(fileAt(app, 'Groceries.md'));
      runCommand(plugin, 'link-evidence');
      expect(topModal<EvidenceModal>().titleEl.textContent).toBe(byMenu);
      expect(byMenu).toBe('Link Groceries as evidence');
    },
  );

  it.each(menus)(
    'should record evidence from the %s with the clicked model note already chosen',
    (_, menuOf) => {
      entry(menuOf(app, 'Route.md'), 'Record evidence for this note').click();
      const modal = topModal<RecordEvidenceModal>();
      expect(modal.titleEl.textContent).toBe('Record evidence');
      expect(modal.picker.choices).toEqual([{ path: 'Route.md' }]);
    },
  );

  it.each(menus)(
    'should open the map from the %s with the note in view and focused',
    async (_, menuOf) => {
      entry(menuOf(app, 'Talks.md'), 'Show on work map').click();
      await idle(plugin);
      const [leaf] = app.workspace.getLeavesOfType(VIEW_TYPE);
      const view = leaf?.view as { containerEl: HTMLElement } | undefined;
      const chosen = view?.containerEl.querySelector('[role="option"][aria-selected="true"]');
      expect(chosen?.textContent).toContain('Talks');
    },
  );

  it('should add nothing to menus once the plugin is unloaded', () => {
    plugin.unload();
    expect(titles(fileMenu(app, 'Talks.md'))).toEqual([]);
    expect(titles(editorMenu(app, 'Talks.md'))).toEqual([]);
    expect(lastNotice()).not.toContain('error');
  });
});
