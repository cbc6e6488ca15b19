import { lowerCase } from './lower-case';
import { getProperty, type Frontmatter } from './properties';
import type { Settings } from '../settings';
import { KINDS, type NoteKind } from './note-schemas';

/** The kinds in the order of the vocabulary table: the first one a note's tags name wins. */
const KIND_ORDER = Object.keys(KINDS) as NoteKind[];

/**
 * The note's frontmatter tags, lower case and without `#`: a YAML list or a comma/space
 * separated string under `tags`, or the legacy `tag`/`Tags`. Numbers count as text; anything
 * else is ignored.
 */
export function readTags(fm: Frontmatter): string[] {
  const found = getProperty(fm, 'tags') ?? getProperty(fm, 'tag');
  if (!found) return [];
  const items = Array.isArray(found.value) ? (found.value as unknown[]) : [found.value];
  const tags: string[] = [];
  for (const item of items) {
    if (typeof item !== 'string' && typeof item !== 'number') continue;
    const text = String(item);
    // Most items are one tag as it is written (`work/skill`): no need to split or strip.
    if (!/[\s,#]/.test(text) && text !== '') {
      tags.push(lowerCase(text));
      continue;
    }
    for (const part of text.split(/[\s,]+/)) {
      const t = part.replace(/^#+/, '').toLowerCase();
      if (t) tags.push(t);
    }
  }
  return tags;
}

/** True when `tag` is `parent` or nested below it, as Obsidian's tag search counts it. */
export function tagMatches(tag: string, parent: string): boolean {
  return tag === parent || tag.startsWith(`${parent}/`);
}

/** Every kind the tags name, in the fixed order of KINDS. */
export function kindsOfTags(tags: readonly string[], settings: Settings): NoteKind[] {
  return KIND_ORDER.filter((kind) => tags.some((t) => tagMatches(t, settings.tags[kind])));
}
