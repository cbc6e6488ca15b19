import { normalizePath, Notice, TFile, type App } from 'obsidian';
import { toCanvas } from '../model';
import { mapPositions, type Point } from '../model/outputs/map/layout/map-positions';
import { toMapModel } from '../model/outputs/map/map-model';
import { ask } from './confirm-modal';
import type { LiveIndex } from './live-index';
import { ensureFolder } from './write-notes';

/** Where the canvas goes: beside the model's folders (`Work Model/Work model.canvas`). */
export function canvasPath(index: LiveIndex): string {
  const routes = index.settings.folders.routes;
  const parent = routes.includes('/') ? routes.slice(0, routes.lastIndexOf('/')) : '';
  return normalizePath(parent ? `${parent}/Work model.canvas` : 'Work model.canvas');
}

/** `Work model 2.canvas`, `Work model 3.canvas`, …: the first free name. */
function freePath(app: App, path: string): string {
  const base = path.replace(/\.canvas$/, '');
  for (let i = 2; ; i++) {
    const candidate = `${base} ${i}.canvas`;
    if (!app.vault.getAbstractFileByPath(candidate)) return candidate;
  }
}

/**
 * Export to canvas: a JSON Canvas 1.0 file of the model laid out as the map lays it out. An existing
 * canvas is replaced only when the user says so; otherwise a new file is made beside it.
 */
export async function exportCanvas(
  app: App,
  index: LiveIndex,
  pinned: ReadonlyMap<string, Point>,
  today: string,
): Promise<TFile | null> {
  // The map's own layout, with the notes the user pinned where they were pinned.
  const graph = index.graph();
  const positions = new Map([...mapPositions(toMapModel(graph, index.analysis(today))), ...pinned]);
  const json = `${JSON.stringify(toCanvas(graph, positions), null, 2)}\n`;
  let path = canvasPath(index);
  const existing = app.vault.getAbstractFileByPath(path);
  try {
    if (existing instanceof TFile) {
      const choice = await ask(
        app,
        'Export to canvas',
        `${path} already exists. Replace it, or keep it and save a new canvas beside it?`,
        [
          { value: 'new', label: 'Save as new', cta: true },
          { value: 'replace', label: 'Replace', warning: true },
        ],
      );
      if (choice === null) return null;
      if (choice === 'replace') {
        await app.vault.process(existing, () => json);
        new Notice(`Replaced ${path}.`);
        return existing;
      }
      path = freePath(app, path);
    } else if (existing) {
      path = freePath(app, path);
    }
    if (path.includes('/')) await ensureFolder(app, path.slice(0, path.lastIndexOf('/')));
    const file = await app.vault.create(path, json);
    new Notice(`Exported the work model to ${path}.`);
    return file;
  } catch (e) {
    new Notice(`The canvas could not be written: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
}
