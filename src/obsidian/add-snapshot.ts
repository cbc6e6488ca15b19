import { Notice, type App, type TFile } from 'obsidian';
import { decodeSnapshot, encodeSnapshot, takeSnapshot, type Day } from '../model';
import type { LiveIndex } from './live-index';

/** Whether the note is a revision note of the model (tagged as one). */
export const isRevision = (index: LiveIndex, file: TFile) =>
  index.graph().revisions.some((r) => r.path === file.path);

/**
 * Add snapshot to this revision: a revision written by hand gets the snapshot of the model as
 * it stands today, appended through `vault.process`, so the next revision can list what
 * changed. A revision that has a snapshot keeps it.
 */
export async function addSnapshot(
  app: App,
  index: LiveIndex,
  file: TFile,
  today: Day,
): Promise<boolean> {
  if (decodeSnapshot(await app.vault.cachedRead(file))) {
    new Notice(`${file.basename} already has a snapshot; it was left as it is.`);
    return false;
  }
  // The analysis the pane already shows, not a second one of the same graph.
  const block = encodeSnapshot(takeSnapshot(index.graph(), index.analysis(today)));
  let added = false;
  await app.vault.process(file, (text) => {
    // Checked again on the text being written: the note may have changed since.
    if (decodeSnapshot(text)) return text;
    added = true;
    return `${text.trimEnd()}\n\n${block}`;
  });
  new Notice(
    added
      ? `Added a snapshot of the model to ${file.basename}: the next revision lists what changed since.`
      : `${file.basename} already has a snapshot; it was left as it is.`,
  );
  return added;
}
