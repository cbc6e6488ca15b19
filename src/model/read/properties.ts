import { clip } from './limits';

/** A frontmatter map as the model sees it once it is known to be a map. */
export type Frontmatter = Record<string, unknown>;

export function isFrontmatterMap(value: unknown): value is Frontmatter {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * The value of a property and the key it was found under. Obsidian treats property names
 * case-insensitively, so an exact key wins and otherwise any casing of it counts.
 */
export function getProperty(fm: Frontmatter, name: string): { key: string; value: unknown } | null {
  if (Object.prototype.hasOwnProperty.call(fm, name)) return { key: name, value: fm[name] };
  const key = lowerKeys(fm).get(name.toLowerCase());
  return key === undefined ? null : { key, value: fm[key] };
}

/** Each frontmatter's keys by lower case, built once per note rather than once per lookup. */
const keysByLower = new WeakMap<Frontmatter, Map<string, string>>();
function lowerKeys(fm: Frontmatter): Map<string, string> {
  let map = keysByLower.get(fm);
  if (!map) {
    map = new Map();
    for (const key of Object.keys(fm)) {
      const lower = key.toLowerCase();
      if (!map.has(lower)) map.set(lower, key);
    }
    keysByLower.set(fm, map);
  }
  return map;
}

/** How a value reads in a message: short, and its type when it is not text. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${clip(value)}"`;
  if (typeof value === 'number' || typeof value === 'boolean')
    return `${String(value)} (a ${typeof value})`;
  if (value instanceof Date) return `${value.toISOString().slice(0, 10)} (a date)`;
  if (Array.isArray(value)) return 'a list';
  if (value === null || value === undefined) return 'an empty value';
  return 'a nested object';
}
