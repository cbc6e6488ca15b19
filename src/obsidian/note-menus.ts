import { TFile, type Menu, type Plugin, type TAbstractFile } from 'obsidian';
import type { CommandHost } from './commands';
import { EvidenceModal } from './evidence-modal';
import { markStoneDone } from './mark-stone-done';
import { isNoteFile } from './note-input';
import { RecordEvidenceModal } from './record-evidence';
import { today } from './today';
import { WorkModelView } from './work-model-view';

/** What the menus ask of the plugin: what its commands ask, and a way to listen. */
export type MenuHost = CommandHost & Pick<Plugin, 'registerEvent'>;

/** Opens the map and brings `path` into view there. */
async function showOnMap(plugin: MenuHost, path: string): Promise<void> {
  const view = await plugin.openView();
  await plugin.index.ready;
  if (view instanceof WorkModelView) {
    view.refresh();
    view.showNote(path);
  }
}

/**
 * A note's entries in a file or editor menu. Every note can be linked as evidence; a model
 * note can be shown on the map and have evidence recorded for it; a stepping stone not done
 * yet can be marked done. Each does what its command does, on this note.
 */
function addNoteItems(plugin: MenuHost, menu: Menu, file: TAbstractFile): void {
  if (!(file instanceof TFile) || !isNoteFile(file)) return;
  const { app, index } = plugin;
  const node = index.graph().byId.get(file.path);
  if (node) {
    menu.addItem((item) =>
      item
        .setTitle('Show on work map')
        .setIcon('waypoints')
        .onClick(() => void showOnMap(plugin, file.path)),
    );
    if (node.kind === 'skill' && node.status !== 'done')
      menu.addItem((item) =>
        item
          .setTitle('Mark stepping stone done')
          .setIcon('check-circle')
          .onClick(() => void markStoneDone(app, file, today())),
      );
    menu.addItem((item) =>
      item
        .setTitle('Record evidence for this note')
        .setIcon('pencil-line')
        .onClick(() => new RecordEvidenceModal(app, index, today(), [file.path]).open()),
    );
  }
  menu.addItem((item) =>
    item
      .setTitle('Link as evidence')
      .setIcon('link')
      .onClick(() => new EvidenceModal(app, index, file).open()),
  );
}

/** The file explorer's and the editor's context menus. */
export function registerNoteMenus(plugin: MenuHost): void {
  const { workspace } = plugin.app;
  plugin.registerEvent(workspace.on('file-menu', (menu, file) => addNoteItems(plugin, menu, file)));
  plugin.registerEvent(
    workspace.on('editor-menu', (menu, _editor, info) => {
      if (info.file) addNoteItems(plugin, menu, info.file);
    }),
  );
}
