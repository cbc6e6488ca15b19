import type { App } from 'obsidian';
import type { ModelKind, VaultLookup } from '../model';
import type { LiveIndex } from './live-index';
import type { PickerOption } from './note-picker';

/** What drafting needs of the vault right now: existing paths, link resolution, kinds. */
export function vaultLookup(app: App, index: LiveIndex): VaultLookup {
  return {
    exists: (path) => app.vault.getAbstractFileByPath(path) !== null,
    resolver: index,
    kindOf: (path) => index.graph().byId.get(path)?.kind ?? null,
  };
}

/** Model notes of the given kinds, for pickers. */
export function pickerOptions(index: LiveIndex, kinds: readonly ModelKind[]): () => PickerOption[] {
  return () =>
    index
      .graph()
      .nodes.filter((n) => kinds.includes(n.kind))
      .map((n) => ({ path: n.id, title: n.title, kind: n.kind, aliases: n.aliases }));
}
