/**
 * The limits of SPEC §3, so that no note can break or stall the model: every walk over a
 * note's values is bounded by these, whatever shape the YAML (or Obsidian's cache) gave.
 */
export const LIMITS = {
  /** Items read from one link list; the rest are cut with a warning. */
  listItems: 10_000,
  /** Size of a note's frontmatter as its values expand (a YAML alias counts at every use). */
  expandedBytes: 1_000_000,
  /** Size of a note file. */
  fileBytes: 5_000_000,
  /** Nesting of frontmatter values: real notes use two or three levels. */
  depth: 64,
  /** Characters of a value or link quoted in a message. */
  quoted: 80,
} as const;

/** A value or link from a note as a message quotes it: at most 80 characters. */
export function clip(text: string): string {
  return text.length > LIMITS.quoted ? `${text.slice(0, LIMITS.quoted - 1)}…` : text;
}

/** Bytes in words: "5 MB", "1 MB". */
const megabytes = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;
const LARGER = `is larger than ${megabytes(LIMITS.fileBytes)}`;

/**
 * Most frontmatter is a map of texts, numbers and lists of them. Counted as the walk below
 * counts it (a shared list at every use) and under 1 MB in all, such a map passes every limit:
 * it is measured without the walk's bookkeeping, which a full index would otherwise allocate
 * for every note it reads. The count is never below the walk's, so nothing it refuses passes.
 */
function isSmallAndFlat(frontmatter: unknown): boolean {
  if (typeof frontmatter !== 'object' || frontmatter === null || Array.isArray(frontmatter))
    return frontmatter === undefined || frontmatter === null;
  const size = (value: unknown) => (typeof value === 'string' ? value.length + 2 : 4);
  let bytes = 4;
  for (const key in frontmatter) {
    const value = (frontmatter as Record<string, unknown>)[key];
    bytes += key.length + 3;
    if (Array.isArray(value)) {
      bytes += 4 + value.length;
      for (const item of value as unknown[]) {
        if (typeof item === 'object' && item !== null) return false;
        bytes += size(item);
        if (bytes > LIMITS.expandedBytes) return false;
      }
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date))
      return false;
    else bytes += size(value);
    if (bytes > LIMITS.expandedBytes) return false;
  }
  return true;
}

/**
 * Why a note is too large to read, in words, or null when it is not: the file, or its
 * frontmatter, is larger than 5 MB; its values expand past 1 MB through YAML aliases; or they
 * nest deeper than 64 levels. Measured without expanding anything: an object reached a second
 * time (a YAML alias, a shared reference in Obsidian's cache) is expansion, counted again at
 * every use, and the walk stops as soon as a limit is passed, so a bomb of aliases costs no
 * more than 1 MB of plain values.
 */
export function tooLarge(frontmatter: unknown, fileSize = 0): string | null {
  if (fileSize > LIMITS.fileBytes) return `the file ${LARGER}`;
  if (isSmallAndFlat(frontmatter)) return null;
  let plain = LIMITS.fileBytes;
  let expansion = LIMITS.expandedBytes;
  const seen = new Set<object>();
  const stack: [value: unknown, depth: number, aliased: boolean][] = [[frontmatter, 0, false]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [value, depth, inAlias] = top;
    let bytes = 4;
    let aliased = inAlias;
    if (typeof value === 'string') bytes = value.length + 2;
    else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      if (depth >= LIMITS.depth) return `its frontmatter nests deeper than ${LIMITS.depth} levels`;
      aliased ||= seen.has(value);
      seen.add(value);
      const children: unknown[] = Array.isArray(value) ? value : [];
      if (!Array.isArray(value)) {
        for (const key in value) {
          bytes += key.length + 2;
          if (bytes > LIMITS.fileBytes) break;
          children.push((value as Record<string, unknown>)[key]);
        }
      }
      bytes += children.length;
      if (bytes <= (aliased ? expansion : plain))
        for (let i = children.length - 1; i >= 0; i--)
          stack.push([children[i], depth + 1, aliased]);
    }
    if (aliased) expansion -= bytes;
    else plain -= bytes;
    if (expansion < 0)
      return `its frontmatter expands past ${megabytes(LIMITS.expandedBytes)} through YAML aliases`;
    if (plain < 0) return `its frontmatter ${LARGER}`;
  }
  return null;
}
