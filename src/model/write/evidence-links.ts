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

/** The links not yet in the evidence property, read case-insensitively as the model reads it. */
function freshLinks(fm: Frontmatter, edit: EvidenceEdit): EvidenceEdit['links'] {
  const linked = new Set<string>();
  for (const item of existingItems(getProperty(fm, edit.field)?.value)) {
    if (typeof item !== 'string') continue;
    for (const ref of parseLinkValue(item)) {
      linked.add((edit.resolve(ref.path) ?? ref.path).toLowerCase());
    }
  }
  return edit.links.filter(({ path }) => {
    const key = path.toLowerCase();
    if (linked.has(key)) return false;
    linked.add(key);
    return true;
  });
}

/**
 * What an edit would change in a note's frontmatter: the links it would add, and whether the
 * signal differs. `Evidence:` and `Signal:` count as `evidence` and `signal`, as in the model,
 * so a note that already says it all is not rewritten.
 */
export function evidenceChanges(
  fm: Frontmatter | undefined,
  edit: EvidenceEdit,
): { links: EvidenceEdit['links']; signal: boolean } {
  const props = fm ?? {};
  return {
    links: freshLinks(props, edit),
    signal: edit.signal !== null && getProperty(props, 'signal')?.value !== edit.signal,
  };
}

/**
 * Adds evidence links to a frontmatter object in place, for `processFrontMatter`: keeps every
 * existing item as written (under the key it was written with), adds only links whose note is
 * not linked yet, and touches no other property. Returns how many links were added.
 */
export function addEvidenceLinks(fm: Frontmatter, edit: EvidenceEdit): number {
  const found = getProperty(fm, edit.field);
  const fresh = freshLinks(fm, edit);
  if (fresh.length > 0)
    fm[found?.key ?? edit.field] = [...existingItems(found?.value), ...fresh.map((l) => l.link)];
  if (edit.signal !== null) {
    const signal = getProperty(fm, 'signal');
    if (signal?.value !== edit.signal) fm[signal?.key ?? 'signal'] = edit.signal;
  }
  return fresh.length;
}
