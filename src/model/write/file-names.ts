export type NameResult = { ok: true; name: string } | { ok: false; message: string };

// Characters that no file system or Obsidian link accepts in a note name: path separators,
// Windows' reserved set, and the link syntax characters # ^ [ ] |.
const FORBIDDEN = /[\\/:*?"<>|#^[\]]/g;
const isControl = (c: string) => c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 200;

/**
 * A note name safe to use as a file name and in links: forbidden characters become spaces,
 * runs of spaces collapse, leading dots (hidden files) and trailing dots go. Refused only when
 * nothing usable is left.
 */
export function cleanNoteName(raw: string): NameResult {
  const name = [...raw.normalize('NFC')]
    .map((c) => (isControl(c) ? ' ' : c))
    .join('')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    // Dots and spaces at either end, in any mix: `. .2026` must not become a hidden `.2026`.
    .replace(/^[. ]+|[. ]+$/g, '')
    .replace(/\.md$/i, '')
    .replace(/[. ]+$/, '');
  if (name === '') {
    return {
      ok: false,
      message: `"${raw}" has no characters a note name can use. Use letters or digits; \\ / : * ? " < > | # ^ [ ] are not allowed.`,
    };
  }
  if (RESERVED.test(name))
    return { ok: false, message: `"${name}" is a name Windows reserves; choose another.` };
  if (name.length > MAX_LENGTH) {
    return {
      ok: false,
      message: `The name is ${name.length} characters long; keep it under ${MAX_LENGTH}.`,
    };
  }
  return { ok: true, name };
}

/** `folder` + `name.md`, with `/` separators and no leading slash. */
export function notePath(folder: string, name: string): string {
  return folder ? `${folder}/${name}.md` : `${name}.md`;
}
