import { parseMarkdownDestination } from './link-text';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Wikilinks and Markdown links that are not embeds (`![[...]]`, `![](...)`): Obsidian lists
// embeds apart from links, and an embedded image is not evidence of anything. No brackets
// inside a link: a line of `[[[[` or `[](x[](x` then costs one pass, not one per bracket.
const LINK = /(!?)\[\[([^[\]\n]+)\]\]|(!?)\[[^[\]\n]*\]\(([^()[\]\n]+)\)/g;
const INLINE_CODE = /`[^`\n]*`/g;

/**
 * The link texts of a note body, as Obsidian's metadata cache lists them in `links`:
 * the target of each wikilink (without `|shown text`) and the decoded path of each Markdown
 * link to a note. Links inside code are not links.
 */
export function extractBodyLinks(body: string): string[] {
  const links: string[] = [];
  let fence: string | null = null;
  for (const line of body.split('\n')) {
    const f = FENCE.exec(line);
    if (f) {
      const marker = f[1] ?? '';
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null || !line.includes('[')) continue;
    for (const m of line.replace(INLINE_CODE, '').matchAll(LINK)) {
      if (m[2] !== undefined) {
        if (m[1]) continue;
        const target = m[2].split('|')[0]?.trim();
        if (target) links.push(target);
      } else if (m[4] !== undefined && !m[3]) {
        const ref = parseMarkdownDestination(m[4], m[0]);
        if (ref && ref.path) links.push(ref.subpath ? `${ref.path}#${ref.subpath}` : ref.path);
      }
    }
  }
  return links;
}
