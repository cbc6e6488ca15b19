// A full index compares the keys and paths of every note of a vault with lower-case names.
// `toLowerCase` copies its string even when nothing changes, and 100,000 notes' worth of
// copies is work for the garbage collector; these helpers copy only when case must change.

/** `text.toLowerCase()`, but `text` itself when it has no capital and nothing past ASCII. */
export function lowerCase(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Past ASCII, case rules can change a length (İ) or map to ASCII (K, the Kelvin sign).
    if ((c >= 65 && c <= 90) || c >= 128) return text.toLowerCase();
  }
  return text;
}

/**
 * Whether `path` starts with the lower-case `prefix`, in any case. Most paths differ at the
 * first letter, which is found without copying the path; letters beyond ASCII are compared as
 * `toLowerCase` compares them.
 */
export function startsWithLower(path: string, prefix: string): boolean {
  if (path.length <= prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    const a = path.charCodeAt(i);
    if (a === prefix.charCodeAt(i) || (a >= 65 && a <= 90 && a + 32 === prefix.charCodeAt(i)))
      continue;
    if (a < 128) return false;
    return path.slice(0, prefix.length).toLowerCase() === prefix;
  }
  return true;
}
