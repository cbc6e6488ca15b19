import { normalizePath, Notice, TFile, type App } from 'obsidian';
import { basePath, workModelBase } from '../model';
import type { LiveIndex } from './live-index';
import { openAndSay } from './open-created';
import { ensureFolder } from './write-notes';

/**
 * Create base (the palette shows "Work Model: Create base"): writes `Work model.base` for
 * Obsidian's Bases and opens it. An existing file is opened and never overwritten: the user
 * may have edited its views.
 */
export async function createBase(app: App, index: LiveIndex): Promise<TFile | null> {
  const path = normalizePath(basePath(index.settings));
  const existing = app.vault.getAbstractFileByPath(path);
  if (existing instanceof TFile) {
    await openAndSay(app, existing, `${path} already exists; it was opened, not overwritten.`);
    return existing;
  }
  if (existing) {
    new Notice(`${path} is a folder; rename it to create the work model base.`);
    return null;
  }
  try {
    if (path.includes('/')) await ensureFolder(app, path.slice(0, path.lastIndexOf('/')));
    const file = await app.vault.create(path, workModelBase(index.settings));
    await openAndSay(
      app,
      file,
      `Created ${path}: outcomes, routes, stepping stones and evidence as tables.`,
    );
    return file;
  } catch (e) {
    new Notice(`The base could not be created: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
