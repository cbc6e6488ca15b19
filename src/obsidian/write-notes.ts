import { normalizePath, TFile, TFolder, type App } from 'obsidian';
import type { NoteDraft } from '../model';

/** Creates a folder and its parents when missing. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
  const path = normalizePath(folder);
  if (path === '/' || path === '') return;
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFolder) return;
  if (existing)
    throw new Error(`${path} is a file, not a folder. Choose another folder in the settings.`);
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  if (parent) await ensureFolder(app, parent);
  try {
    await app.vault.createFolder(path);
  } catch (e) {
    // Another command may have created it a moment ago; only a real failure matters.
    if (!(app.vault.getAbstractFileByPath(path) instanceof TFolder)) throw e;
  }
}

/**
 * Writes drafts with `vault.create`, never over an existing note: every path is checked
 * before anything is written, so a refused batch writes nothing. Returns the created files.
 */
export async function createNotes(app: App, drafts: readonly NoteDraft[]): Promise<TFile[]> {
  for (const d of drafts) {
    if (app.vault.getAbstractFileByPath(normalizePath(d.path))) {
      throw new Error(
        `${d.path} already exists; nothing was created. Pick the existing note or choose another name.`,
      );
    }
  }
  const created: TFile[] = [];
  for (const d of drafts) {
    const path = normalizePath(d.path);
    if (path.includes('/')) await ensureFolder(app, path.slice(0, path.lastIndexOf('/')));
    created.push(await app.vault.create(path, d.content));
  }
  return created;
}
