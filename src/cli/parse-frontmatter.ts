import matter from 'gray-matter';
import { parse } from 'yaml';
import { LIMITS, splitFrontmatter } from '../model';

export interface SplitNote {
  frontmatter: unknown;
  frontmatterError: string | null;
  /** Set when the YAML is too large or deep to read; says why (SPEC §3). */
  tooLarge: string | null;
  body: string;
}

class TooLarge extends Error {}

/**
 * YAML as Obsidian reads it: YAML 1.2 with the core schema, so an unquoted `2026-02-30` or
 * `2026-05-01T23:30:00-05:00` stays text exactly as written (no dates, no YAML 1.1 `yes`).
 * With no limit on aliases, the `yaml` package keeps an alias as a reference to the value it
 * names, never a copy, so an alias bomb costs no memory here; the model measures how far such
 * values would expand (`tooLarge`) and skips the note. Warnings (an unknown tag) are not
 * printed: the note is read as Obsidian reads it; errors are thrown, with line and column.
 */
const YAML_OPTIONS = { schema: 'core', maxAliasCount: -1, logLevel: 'error' } as const;

function readYaml(text: string): unknown {
  const depth = nestingBound(text);
  if (depth > LIMITS.depth)
    throw new TooLarge(`its frontmatter nests deeper than ${LIMITS.depth} levels`);
  return parse(text, YAML_OPTIONS) as unknown;
}

/**
 * An upper bound of how deep the YAML nests, in one pass: open brackets plus the stack of
 * indentations plus the `- ` markers that open a line. The parser recurses per level (and a
 * few thousand levels exhaust its memory), so deep text never reaches it.
 */
function nestingBound(text: string): number {
  let max = 0;
  let brackets = 0;
  const indents: number[] = [];
  for (const line of text.split('\n')) {
    let i = 0;
    while (line[i] === ' ') i++;
    if (i === line.length || line[i] === '#') continue;
    while (indents.length > 0 && (indents[indents.length - 1] as number) >= i) indents.pop();
    indents.push(i);
    let dashes = 0;
    for (let j = i; line[j] === '-' && (line[j + 1] === ' ' || j + 1 === line.length); j += 2)
      dashes++;
    for (let j = i; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 0x5b || c === 0x7b) brackets++;
      else if ((c === 0x5d || c === 0x7d) && brackets > 0) brackets--;
      if (brackets + indents.length + dashes > max) max = brackets + indents.length + dashes;
    }
  }
  return max;
}

// gray-matter types an engine as returning an object; YAML may also give a list or text.
const engines = { yaml: (text: string) => readYaml(text) as object };

/**
 * Frontmatter as Obsidian sees it: a YAML block that opens on the note's first line and is
 * closed by a `---` line. A fence that never closes is no frontmatter; an empty block is
 * empty frontmatter. gray-matter reads the block with the YAML engine above.
 */
export function parseFrontmatter(text: string): SplitNote {
  const { yaml, body } = splitFrontmatter(text);
  if (yaml === null)
    return { frontmatter: undefined, frontmatterError: null, tooLarge: null, body };
  // gray-matter would end the block at any line that starts with `---` (`----` too). Given
  // only the block, and a closing delimiter YAML cannot hold, it reads all of it.
  const block = `---\n${yaml}`;
  try {
    // Options also keep gray-matter from caching every file in its module-level cache.
    const parsed = matter(block, { engines, delimiters: ['---', '\u0000'] });
    return { frontmatter: parsed.data, frontmatterError: null, tooLarge: null, body };
  } catch (e) {
    if (e instanceof TooLarge)
      return { frontmatter: undefined, frontmatterError: null, tooLarge: e.message, body };
    const first = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
    return {
      frontmatter: undefined,
      frontmatterError: first.replace(/:\s*$/, ''),
      tooLarge: null,
      body,
    };
  }
}
