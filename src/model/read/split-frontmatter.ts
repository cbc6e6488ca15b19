/** The opening fence on the note's first line, and the first closing `---` line after it. */
const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

/**
 * A note's text split as Obsidian splits it: a YAML block opens with `---` on the first line
 * (after a byte-order mark) and ends at the next `---` line. A fence that never closes is no
 * frontmatter (`yaml` null, the whole text is body); an empty block is `''`. The CLI's reader,
 * the excerpt of a note and the revision template all split notes here.
 */
export function splitFrontmatter(text: string): { yaml: string | null; body: string } {
  const content = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const open = OPEN.exec(content);
  const close = open ? CLOSE.exec(content.slice(open[0].length)) : null;
  if (!open || !close) return { yaml: null, body: content };
  const yamlEnd = open[0].length + close.index;
  return {
    yaml: content.slice(open[0].length, yamlEnd),
    body: content.slice(yamlEnd + close[0].length).replace(/^\r?\n/, ''),
  };
}
