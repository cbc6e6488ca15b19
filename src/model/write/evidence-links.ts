import { parseLinkValue } from '../read/link-text';
import type { Signal } from '../read/note-schemas';
import { getProperty, type Frontmatter } from '../read/properties';

export interface EvidenceEdit {
  /** The evidence property's name (a setting). */
  field: string;
  /** Links to add, as wikilinks, with the path each one resolves to. */
  links: { link: string; path: string }[];
  /** Set the note's signal; null leaves any existing signal alone. */
  signal: Signal | null;
  /** Resolves a link path written in this note to a vault path. */
  resolve: (linkpath: string) => string | null;
}

/** Existing values as text items; an unquoted `[[A]]` (nested list) is repaired to "[[A]]". */
function existingItems(value: unknown): unknown[] {
  const list: unknown[] =
    value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return list.map((item: unknown) =>
    Array.isArray(item) && item.length === 1 && typeof item[0] === 'string'
      ? `[[${item[0]}]]`
      : item,
  );
}

/**
 * Adds evidence links to a frontmatter object in place, for `processFrontMatter`: keeps every
 * existing item as written, adds only links whose note is not linked yet, and touches no
 * other property. Returns how many links were added.
 */
export function addEvidenceLinks(fm: Frontmatter, edit: EvidenceEdit): number {
  const found = getProperty(fm, edit.field);
  const key = found?.key ?? edit.field;
  const items = existingItems(found?.value);
  const linked = new Set<string>();
  for (const item of items) {
    if (typeof item !== 'string') continue;
    for (const ref of parseLinkValue(item)) {
      linked.add((edit.resolve(ref.path) ?? ref.path).toLowerCase());
    }
  }
  let added = 0;
  for (const { link, path } of edit.links) {
    if (linked.has(path.toLowerCase())) continue;
    linked.add(path.toLowerCase());
    items.push(link);
    added++;
  }
  if (added > 0) fm[key] = items;
  if (edit.signal !== null) {
    const signalKey = getProperty(fm, 'signal')?.key ?? 'signal';
    fm[signalKey] = edit.signal;
  }
  return added;
}
