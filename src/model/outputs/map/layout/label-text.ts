import type { Measure } from './geometry';

const ELLIPSIS = '…';

/**
 * A title wrapped at word boundaries into at most `maxLines` lines of `maxWidth` pixels. Text
 * beyond the last line ends in an ellipsis after a whole word: a name is never cut mid-word
 * (the full name is in the tooltip, the legend and the lists). A single word wider than the
 * line stays whole, and the label is as wide as it.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: Pick<Measure, 'width'>,
  maxLines = 2,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  // Most titles fit on one line: one measurement, not one for each word added (text that grows
  // by a word never gets narrower, so every shorter line would have fitted too).
  const whole = words.join(' ');
  if (words.length > 0 && measure.width(whole) <= maxWidth) return [whole];
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const tried = current ? `${current} ${word}` : word;
    if (!current || measure.width(tried) <= maxWidth) current = tried;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (measure.width(last + ELLIPSIS) > maxWidth && last.includes(' '))
    last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = last + ELLIPSIS;
  return kept;
}
