/** One link as written in a property or a note body, before it is resolved to a file. */
export interface LinkRef {
  /** The link path: `Note`, `folder/Note`, `Note.md`; "" for a link to a heading of the same note. */
  path: string;
  /** `#Heading` or `#^block` part, without `#`; null when absent. */
  subpath: string | null;
  /** The text as written, for messages. */
  raw: string;
  /**
   * How it was written: a wikilink; a Markdown link; or plain text that was not written as a
   * link (`steps: Python`). Obsidian follows only wikilinks in properties.
   */
  form: 'wikilink' | 'markdown' | 'text';
}

// No brackets inside: a run of `[[[[` then costs one pass, not one pass per bracket.
const WIKILINK_ANYWHERE = /\[\[([^[\]]+)\]\]/g;
const MARKDOWN_LINK = /^!?\[[^\]]*\]\((.*)\)$/;
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * `target` (`Note#Heading`) split into path and subpath, as a whole link. Built in one object
 * literal: spreading a split into a second object costs twenty times as much in V8, and a full
 * index reads thousands of links.
 */
function linkRef(target: string, raw: string, form: LinkRef['form']): LinkRef {
  const hash = target.indexOf('#');
  if (hash < 0) return { path: target.trim(), subpath: null, raw, form };
  const subpath = target.slice(hash + 1).trim() || null;
  return { path: target.slice(0, hash).trim(), subpath, raw, form };
}

/**
 * The text inside `[[…]]` (or `![[…]]`) when that is the whole of `raw` and holds no `]`,
 * else null. By hand, not with a regex: a full index reads a link like this for every evidence
 * note, and a regex match allocates its groups.
 */
export function wikilinkInner(raw: string): string | null {
  const start = raw.charCodeAt(0) === 33 ? 1 : 0; // `!`
  if (raw.length < start + 4 || !raw.startsWith('[[', start) || !raw.endsWith(']]')) return null;
  const inner = raw.slice(start + 2, -2);
  return inner.includes(']') ? null : inner;
}

/** `[[Note#Heading|shown text]]` inner text → path and subpath. */
function fromWikiInner(inner: string, raw: string): LinkRef {
  const pipe = inner.indexOf('|');
  return linkRef(pipe < 0 ? inner : inner.slice(0, pipe), raw, 'wikilink');
}

/** `[text](folder/My%20Note.md#Heading)` destination → path and subpath; null for URLs. */
function fromMarkdownDestination(destination: string, raw: string): LinkRef | null {
  let dest = destination.trim();
  if (dest.startsWith('<') && dest.endsWith('>')) dest = dest.slice(1, -1);
  else dest = withoutTitle(dest);
  if (URL_SCHEME.test(dest)) return null;
  let decoded = dest;
  try {
    decoded = decodeURIComponent(dest);
  } catch {
    // A stray % is kept as written: Obsidian does the same.
  }
  return linkRef(decoded, raw, 'markdown');
}

/** `path "title"` → `path`. By hand: a regex for it backtracks quadratically on long spaces. */
function withoutTitle(dest: string): string {
  if (!dest.endsWith('"')) return dest;
  const open = dest.lastIndexOf('"', dest.length - 2);
  if (open < 1 || !/\s/.test(dest.charAt(open - 1))) return dest;
  return dest.slice(0, open).trimEnd();
}

/**
 * Every link in one property value string. A whole-value wikilink or Markdown link gives one
 * link; text containing wikilinks gives each of them; other text is read as a bare note name.
 * External URLs give none. `max` bounds how many are read.
 */
export function parseLinkValue(value: string, max = Infinity): LinkRef[] {
  const raw = value.trim();
  if (!raw || max <= 0) return [];
  const wiki = wikilinkInner(raw);
  if (wiki !== null) return [fromWikiInner(wiki, raw)];
  const md = MARKDOWN_LINK.exec(raw);
  if (md) {
    const ref = fromMarkdownDestination(md[1] ?? '', raw);
    return ref ? [ref] : [];
  }
  // At most `max` links: a text of 150,000 links is not read past what will be used.
  const inner: LinkRef[] = [];
  for (const m of raw.matchAll(WIKILINK_ANYWHERE)) {
    if (inner.length >= max) break;
    inner.push(fromWikiInner(m[1] ?? '', m[0]));
  }
  if (inner.length > 0) return inner;
  if (URL_SCHEME.test(raw)) return [];
  return [linkRef(raw, raw, 'text')];
}

/** A link text from Obsidian's metadata cache (`link` of a LinkCache) or a body scan. */
export function parseLinktext(linktext: string): LinkRef {
  return linkRef(linktext, linktext, 'wikilink');
}

export { fromMarkdownDestination as parseMarkdownDestination };
