import { splitFrontmatter } from './split-frontmatter';

/** Excerpts are cut within this many characters, so a setback keeps what it taught. */
const EXCERPT_LENGTH = 280;

/** Text on one line, links shown as their text; null when empty. */
function flatten(text: string): string | null {
  const flat = text
    .replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2')
    .replace(/!?\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return flat === '' ? null : flat;
}

/**
 * Text on one line, links shown as their text, cut within EXCERPT_LENGTH characters at the
 * last sentence end, else at the last word end with "…"; null when empty.
 */
export function excerptOf(text: string): string | null {
  const flat = flatten(text);
  if (flat === null || flat.length <= EXCERPT_LENGTH) return flat;
  const head = flat.slice(0, EXCERPT_LENGTH);
  // The last ". ", "! " or "? " (or a sentence end right at the cut) within the limit.
  let sentence = -1;
  for (const m of `${head}${flat[EXCERPT_LENGTH] === ' ' ? ' ' : ''}`.matchAll(/[.!?](?=\s)/g))
    sentence = m.index;
  if (sentence > 0) return head.slice(0, sentence + 1);
  const word = head.slice(0, EXCERPT_LENGTH - 1).lastIndexOf(' ');
  const cut = word > 0 ? head.slice(0, word) : head.slice(0, EXCERPT_LENGTH - 1);
  return `${cut.trimEnd()}…`;
}

/**
 * The first paragraph of a note's body (frontmatter already removed), as an excerpt:
 * headings, blank lines, comments and code fences before it are skipped.
 */
export function firstParagraph(body: string): string | null {
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
  return excerptOf(paragraph.join(' '));
}

/** The first paragraph of a whole note's text, its frontmatter skipped. */
export function firstParagraphOfNote(text: string): string | null {
  return firstParagraph(splitFrontmatter(text).body);
}

/**
 * What a piece of evidence shows: what happened, then what it taught, so a setback reads as
 * a data point ("Rejected again. … — Lesson: ask for an introduction first.").
 */
export function evidenceExcerpt(happened: string | null, lesson: string | null): string | null {
  if (lesson === null) return happened;
  return happened === null ? `Lesson: ${lesson}` : `${happened} — Lesson: ${lesson}`;
}
