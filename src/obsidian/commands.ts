import { TFile, type Plugin, type View } from 'obsidian';
import { AddOutcomeModal, AddSkillModal } from './add-note-modals';
import { AddRouteModal } from './add-route-modal';
import { createBase } from './create-base';
import { EvidenceModal } from './evidence-modal';
import { addSnapshot, isRevision } from './add-snapshot';
import { compareRoutesCommand } from './compare-routes';
import { markStoneDoneCommand } from './mark-stone-done';
import { RecordEvidenceModal } from './record-evidence';
import { today } from './today';
import type { LiveIndex } from './live-index';

/** What the commands ask of the plugin: its index and the actions behind its commands. */
export interface CommandHost extends Pick<Plugin, 'app' | 'addCommand'> {
  index: LiveIndex;
  openView(): Promise<View>;
  createRevision(): Promise<void>;
  exportCanvas(): Promise<void>;
  rebuildIndex(): Promise<void>;
  startModel(): void;
}

/** The palette commands of SPEC §4. Ids are stable; names are sentence case; no hotkeys. */
export function registerCommands(plugin: CommandHost): void {
  const { app } = plugin;
  plugin.addCommand({
    id: 'start-model',
    name: 'Start a model',
    callback: () => plugin.startModel(),
  });
  plugin.addCommand({
    id: 'open-graph',
    name: 'Open graph',
    callback: () => void plugin.openView(),
  });
  plugin.addCommand({
    id: 'add-outcome',
    name: 'Add outcome',
    callback: () => new AddOutcomeModal(app, plugin.index).open(),
  });
  plugin.addCommand({
    id: 'add-skill',
    name: 'Add stepping stone',
    callback: () => new AddSkillModal(app, plugin.index).open(),
  });
  plugin.addCommand({
    id: 'add-route',
    name: 'Add route',
    callback: () => new AddRouteModal(app, plugin.index).open(),
  });
  plugin.addCommand({
    id: 'record-evidence',
    name: 'Record evidence',
    callback: () => new RecordEvidenceModal(app, plugin.index, today()).open(),
  });
  plugin.addCommand({
    id: 'link-evidence',
    name: 'Link note as evidence',
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (!(file instanceof TFile) || file.extension !== 'md') return false;
      if (!checking) new EvidenceModal(app, plugin.index, file).open();
      return true;
    },
  });
  plugin.addCommand({
    id: 'create-revision',
    name: 'Create revision note',
    callback: () => void plugin.createRevision(),
  });
  plugin.addCommand({
    id: 'export-canvas',
    name: 'Export to canvas',
    callback: () => void plugin.exportCanvas(),
  });
  plugin.addCommand({
    id: 'rebuild-index',
    name: 'Rebuild index',
    callback: () => void plugin.rebuildIndex(),
  });
  plugin.addCommand({
    id: 'create-base',
    name: 'Create base',
    callback: () => void createBase(app, plugin.index),
  });
  plugin.addCommand({
    id: 'mark-stone-done',
    name: 'Mark stepping stone done',
    callback: () => markStoneDoneCommand(app, plugin.index, today),
  });
  plugin.addCommand({
    id: 'compare-routes',
    name: 'Compare routes',
    callback: () => compareRoutesCommand(app, plugin.index, () => plugin.openView()),
  });
  plugin.addCommand({
    id: 'add-snapshot',
    name: 'Add snapshot to this revision',
    checkCallback: (checking) => {
      const file = app.workspace.getActiveFile();
      if (!(file instanceof TFile) || !isRevision(plugin.index, file)) return false;
      if (!checking) void addSnapshot(app, plugin.index, file, today());
      return true;
    },
  });
}
