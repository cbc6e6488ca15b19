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

/**
 * Why a note is too large to read, in words, or null when it is not: the file is larger than
 * 5 MB, or its frontmatter expands past 1 MB or nests deeper than 64 levels. The frontmatter
 * is measured as it would expand, without expanding it: an object reached twice (a YAML
 * alias, a shared reference in Obsidian's cache) counts twice, and the walk stops as soon as
 * a limit is passed, so a bomb of aliases costs no more than 1 MB of plain values.
 */
export function tooLarge(frontmatter: unknown, fileSize = 0): string | null {
  if (fileSize > LIMITS.fileBytes) return `the file is larger than ${megabytes(LIMITS.fileBytes)}`;
  const expands = `its frontmatter expands past ${megabytes(LIMITS.expandedBytes)} (YAML aliases count at every use)`;
  let budget = LIMITS.expandedBytes;
  const stack: [unknown, number][] = [[frontmatter, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [value, depth] = top;
    if (typeof value === 'string') budget -= value.length + 2;
    else if (value === null || typeof value !== 'object') budget -= 4;
    else if (depth >= LIMITS.depth)
      return `its frontmatter nests deeper than ${LIMITS.depth} levels`;
    else if (Array.isArray(value)) {
      budget -= 2 + value.length;
      if (budget < 0) return expands;
      for (let i = value.length - 1; i >= 0; i--) stack.push([value[i], depth + 1]);
    } else if (!(value instanceof Date)) {
      for (const key in value) {
        budget -= key.length + 2;
        if (budget < 0) return expands;
        stack.push([(value as Record<string, unknown>)[key], depth + 1]);
      }
    }
    if (budget < 0) return expands;
  }
  return null;
}
