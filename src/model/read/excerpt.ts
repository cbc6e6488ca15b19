import { splitFrontmatter } from './split-frontmatter';

/** Excerpts are cut here (SPEC §1), so a line of evidence fits a tooltip or a list item. */
const EXCERPT_LENGTH = 120;

/** Text on one line, links shown as their text, cut at EXCERPT_LENGTH; null when empty. */
export function excerptOf(text: string): string | null {
  const flat = text
    .replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/!?\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (flat === '') return null;
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH - 1).trimEnd()}…` : flat;
}

/**
 * The first sentence of a note's body (frontmatter already removed): headings, blank lines,
 * comments and code fences are skipped; the sentence ends at ". ", "! ", "? " or the end of
 * its paragraph.
 */
export function firstSentence(body: string): string | null {
  const paragraph: string[] = [];
  let fenced = false;
  // Only the start of a note matters: a long note is not scanned to its end.
  for (const raw of body.slice(0, 4000).split('\n')) {
    const line = raw.trim();
    if (/^(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced || line.startsWith('%%')) continue;
    if (line === '' || /^#{1,6}(\s|$)/.test(line) || /^(-{3,}|\*{3,})$/.test(line)) {
      if (paragraph.length > 0) break;
      continue;
    }
    paragraph.push(line.replace(/^([-*+]|\d+\.|>)\s+/, ''));
  }
  const text = paragraph.join(' ');
  const end = /[.!?](\s|$)/.exec(text);
  return excerptOf(end ? text.slice(0, end.index + 1) : text);
}

/** The first sentence of a whole note's text, its frontmatter skipped. */
export function firstSentenceOfNote(text: string): string | null {
  return firstSentence(splitFrontmatter(text).body);
}
