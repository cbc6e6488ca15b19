import type { App } from 'obsidian';
import { propertyTypes, type Settings } from '../model';

/**
 * Obsidian's registry of property types (the Properties editor's `types.json`). It is not in
 * obsidian.d.ts; plugins such as Breadcrumbs and the Importer call it as typed here. Obsidian
 * 1.9 renamed `getAssignedType` to `getAssignedWidget`, so either is accepted.
 */
interface MetadataTypeManager {
  getAssignedWidget?(name: string): string | null | undefined;
  getAssignedType?(name: string): string | null | undefined;
  setType(name: string, type: string): unknown;
}

function typeManager(app: App): MetadataTypeManager | null {
  const manager = (app as { metadataTypeManager?: Partial<MetadataTypeManager> })
    .metadataTypeManager;
  if (typeof manager?.setType !== 'function') return null;
  // Without a way to read the user's types, setting one could overwrite their choice.
  const canRead =
    typeof manager.getAssignedWidget === 'function' ||
    typeof manager.getAssignedType === 'function';
  return canRead ? (manager as MetadataTypeManager) : null;
}

/**
 * Gives each property the model reads its type in the Properties editor, only where the
 * property has no type yet: a type the user (or another plugin) chose is never changed. An
 * Obsidian without the registry is left as it is. Returns the properties it typed.
 */
export function assignPropertyTypes(app: App, settings: Settings): string[] {
  const manager = typeManager(app);
  if (!manager) return [];
  const typed: string[] = [];
  for (const [name, type] of propertyTypes(settings)) {
    const assigned = manager.getAssignedWidget
      ? manager.getAssignedWidget(name)
      : manager.getAssignedType?.(name);
    if (assigned) continue;
    manager.setType(name, type);
    typed.push(name);
  }
  return typed;
}
