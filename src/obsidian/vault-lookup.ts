import type { App } from 'obsidian';
import { LinkResolver, type ModelKind, type VaultLookup } from '../model';
import type { LiveIndex } from './live-index';
import type { PickerOption } from './note-picker';

/** What drafting needs of the vault right now: existing paths and link resolution. */
export function vaultLookup(app: App): VaultLookup {
  const resolver = new LinkResolver();
  for (const file of app.vault.getFiles()) {
    const aliases = app.metadataCache.getFileCache(file)?.frontmatter?.aliases as unknown;
    resolver.set(
      file.path,
      Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [],
    );
  }
  return { exists: (path) => app.vault.getAbstractFileByPath(path) !== null, resolver };
}

/** Model notes of the given kinds, for pickers. */
export function pickerOptions(index: LiveIndex, kinds: readonly ModelKind[]): () => PickerOption[] {
  return () =>
    index
      .graph()
      .nodes.filter((n) => kinds.includes(n.kind))
      .map((n) => ({ path: n.id, title: n.title, kind: n.kind, aliases: n.aliases }));
}
