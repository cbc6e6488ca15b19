import { lowerCase } from '../read/lower-case';

/** How many words of a title are tried together before the whole title is used. */
const MOST_WORDS = 3;
/** Titles longer than this (in words) are named in full: trying their words would not pay. */
const LONGEST_TITLE = 12;
/** Beyond this many routes only single words are tried: pairs and triples cost routes². */
const MOST_ROUTES_FOR_GROUPS = 100;

const wordsOf = (title: string) => title.split(/[\s\-–—_/,;:()]+/).filter((w) => w !== '');

/** Every way to pick `k` of `n` positions, in order. */
function* picks(n: number, k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= n - k; i++) for (const rest of picks(n, k - 1, i + 1)) yield [i, ...rest];
}

const longestFirst = (a: string[], b: string[]) =>
  b.reduce((n, w) => n + w.length, 0) - a.reduce((n, w) => n + w.length, 0);

/**
 * Each route's short name, by id: its first alias, else the fewest words of its title that
 * no other route's title has all of (the longest such words first, so "nonprofit" is chosen
 * over "climate"), else its whole title.
 */
export function shortNames(
  routes: readonly { id: string; title: string; aliases: readonly string[] }[],
): Map<string, string> {
  const wordSets = routes.map((r) => new Set(wordsOf(r.title).map(lowerCase)));
  /** How many routes' titles have each word. */
  const routesWith = new Map<string, number>();
  for (const set of wordSets) for (const w of set) routesWith.set(w, (routesWith.get(w) ?? 0) + 1);
  const names = new Map<string, string>();
  routes.forEach((r, i) => {
    const alias = r.aliases[0];
    if (alias !== undefined) return names.set(r.id, alias);
    const words = wordsOf(r.title);
    let found: string[] | undefined = words
      .filter((w) => routesWith.get(lowerCase(w)) === 1)
      .map((w) => [w])
      .sort(longestFirst)[0];
    const groups = words.length <= LONGEST_TITLE && routes.length <= MOST_ROUTES_FOR_GROUPS;
    for (let k = 2; !found && groups && k <= Math.min(MOST_WORDS, words.length - 1); k++) {
      const others = wordSets.filter((_, j) => j !== i);
      found = [...picks(words.length, k)]
        .map((p) => p.map((at) => words[at] as string))
        .filter((ws) => others.every((set) => ws.some((w) => !set.has(lowerCase(w)))))
        .sort(longestFirst)[0];
    }
    names.set(r.id, found && found.length < words.length ? found.join(' ') : r.title);
  });
  return names;
}
