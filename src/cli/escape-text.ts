/**
 * Characters a terminal acts on rather than shows: C0 and C1 controls and DEL (escape
 * sequences clear the screen or set the title; a newline splits a line), and the bidi
 * overrides that make text read differently from what it holds.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is its purpose
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const hex = (c: string) => {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Text from notes or file names as printed: every control character escaped (`\x1b`). */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? hex(c));
}

/**
 * JSON for stdout: JSON.stringify escapes C0 controls but leaves DEL, C1 and the bidi
 * overrides as they are; those can only stand inside strings, where `\uXXXX` is valid JSON.
 */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
