import { parseLinkValue, type LinkRef } from './link-text';
import { warning, type Problem } from '../problem';
import { describeValue } from './properties';

export interface LinkList {
  refs: LinkRef[];
  problems: Problem[];
}

/**
 * Reads a link-valued property: a list of links, or a single link that counts as a list of one.
 * `steps: [[A]]` written without quotes arrives as a nested list `[["A"]]`: the intended link
 * is used and a warning says to quote it. Values of other types are ignored with a warning.
 */
export function readLinkList(value: unknown, file: string, field: string): LinkList {
  const refs: LinkRef[] = [];
  const problems: Problem[] = [];
  const wrongType = (v: unknown) =>
    problems.push(
      warning(
        file,
        field,
        `${describeValue(v)} is not a link, so it is ignored. Write links as "[[Note name]]".`,
      ),
    );
  const unquoted = (name: string) =>
    problems.push(
      warning(
        file,
        field,
        `[[${name}]] is not quoted, so YAML reads it as a nested list. Wrap the link in quotes: "[[${name}]]". The link is used meanwhile.`,
      ),
    );

  const readItem = (item: unknown) => {
    if (item === null || item === undefined) return;
    if (typeof item === 'string') {
      refs.push(...parseLinkValue(item));
      return;
    }
    if (Array.isArray(item)) {
      const names = flattenStrings(item);
      if (names === null) return wrongType(item);
      for (const name of names) {
        unquoted(name);
        refs.push(...parseLinkValue(`[[${name}]]`));
      }
      return;
    }
    wrongType(item);
  };

  if (Array.isArray(value)) for (const item of value) readItem(item);
  else readItem(value);
  return { refs, problems };
}

/** `[["A"]]` → ["A"]; null when the nested list holds anything but text. */
function flattenStrings(list: unknown[]): string[] | null {
  const out: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') out.push(item);
    else if (Array.isArray(item)) {
      const inner = flattenStrings(item);
      if (inner === null) return null;
      out.push(...inner);
    } else return null;
  }
  return out.length > 0 ? out : null;
}
