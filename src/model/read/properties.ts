import { clip } from './limits';
import { lowerCase } from './lower-case';

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
  const lower = name.toLowerCase();
  const scanned = scanKeys(fm, lower);
  const key = scanned === undefined ? lowerKeys(fm).get(lower) : scanned;
  return key === undefined || key === null ? null : { key, value: fm[key] };
}

/** Up to this many keys, a lookup scans them instead of building a map. */
const SCAN_KEYS = 16;

/**
 * The first key of `fm` whose lower case is `lower`; null when there is none, undefined when
 * `fm` has too many keys to scan. Notes carry a handful of properties: scanning them costs less
 * than a map per note, which a full index would build (and the GC trace) thousands of times.
 */
function scanKeys(fm: Frontmatter, lower: string): string | null | undefined {
  const first = lower.charCodeAt(0);
  let n = 0;
  for (const key in fm) {
    if (++n > SCAN_KEYS) return undefined;
    // Most keys differ from the name in their first letter, known without lower-casing them.
    // Only ASCII: past it, lower case can change a letter's position (`İ` becomes two).
    const c = key.charCodeAt(0);
    if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== first) continue;
    if (lowerCase(key) === lower) return key;
  }
  return null;
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
