import matter from 'gray-matter';

export interface SplitNote {
  frontmatter: unknown;
  frontmatterError: string | null;
  body: string;
}

/**
 * Frontmatter as Obsidian sees it: a YAML block that opens on the note's first line. Only
 * such notes go through gray-matter; the rest are body only.
 */
export function parseFrontmatter(text: string): SplitNote {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^---\r?\n/.test(content))
    return { frontmatter: undefined, frontmatterError: null, body: content };
  try {
    // Options given so that gray-matter does not keep every file in its module-level cache.
    const parsed = matter(content, {});
    return { frontmatter: parsed.data, frontmatterError: null, body: parsed.content };
  } catch (e) {
    const first = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e);
    const message = first.replace(/:\s*$/, '');
    const body = content.replace(/^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/, '');
    return { frontmatter: undefined, frontmatterError: message, body };
  }
}
