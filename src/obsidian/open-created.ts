import { Notice, type App, type TFile } from 'obsidian';
import type { NoteDraft } from '../model';
import { createNotes } from './write-notes';

/** Opens `file` in the current tab and says `message` in a notice. */
export async function openAndSay(app: App, file: TFile, message: string): Promise<void> {
  await app.workspace.getLeaf(false).openFile(file);
  new Notice(message);
}

/** Creates the drafts, opens the first, and says what was created; false when refused. */
export async function createAndOpen(app: App, drafts: NoteDraft[]): Promise<boolean> {
  try {
    const files = await createNotes(app, drafts);
    const first = files[0];
    if (first) await app.workspace.getLeaf(false).openFile(first);
    const others = files.length - 1;
    new Notice(
      `Created ${first?.basename ?? 'the note'}${others > 0 ? ` and ${others} new linked note${others === 1 ? '' : 's'}` : ''}.`,
    );
    return true;
  } catch (e) {
    new Notice(e instanceof Error ? e.message : String(e));
    return false;
  }
}
