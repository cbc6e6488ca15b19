import { Notice, TFile, type App } from 'obsidian';
import { getProperty, type Day } from '../model';
import type { LiveIndex } from './live-index';
import { refuseBrokenYaml } from './note-input';
import { PickNotesModal } from './pick-notes-modal';

/**
 * Mark stepping stone done: `status: done` and `completed:` today, through
 * `processFrontMatter`; properties already written in another case keep their name.
 */
export async function markStoneDone(app: App, file: TFile, today: Day): Promise<boolean> {
  if (refuseBrokenYaml(app, file)) return false;
  await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    fm[getProperty(fm, 'status')?.key ?? 'status'] = 'done';
    fm[getProperty(fm, 'completed')?.key ?? 'completed'] = today;
  });
  new Notice(`${file.basename} is done (completed ${today}).`);
  return true;
}

/** The command: the active note when it is a stepping stone, else one picked from the open ones. */
export function markStoneDoneCommand(app: App, index: LiveIndex, today: () => Day): void {
  const graph = index.graph();
  const active = app.workspace.getActiveFile();
  const stone = active ? graph.byId.get(active.path) : undefined;
  if (active && stone?.kind === 'skill') {
    // Done already: its completed day is a fact to keep, not to move to today.
    if (stone.status === 'done') new Notice(`${active.basename} is already done.`);
    else void markStoneDone(app, active, today());
    return;
  }
  new PickNotesModal(app, index, {
    title: 'Mark stepping stone done',
    name: 'Stepping stone',
    desc: 'The skill, experience or relationship you have just completed.',
    kind: 'skill',
    include: (path) => index.graph().byId.get(path)?.status !== 'done',
    count: 1,
    action: 'Mark done',
    onPick: async ([path]) => {
      const file = path ? app.vault.getFileByPath(path) : null;
      if (file instanceof TFile) await markStoneDone(app, file, today());
      else new Notice(`${path ?? 'The note'} no longer exists (renamed or deleted?).`);
    },
  }).open();
}
