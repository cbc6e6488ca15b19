import { parseLinkValue, type LinkRef } from './link-text';
import { warning, type Problem } from '../problem';
import { describeValue } from './properties';
import { clip, LIMITS } from './limits';

export interface LinkList {
  refs: LinkRef[];
  problems: Problem[];
}

/**
 * Reads a link-valued property: a list of links, or a single link that counts as a list of one.
 * `steps: [[A]]` written without quotes arrives as a nested list `[["A"]]`: the intended link
 * is used and a warning says to quote it. Values of other types and empty links (`[[]]`) are
 * ignored with a warning. At most 10,000 links are read (SPEC §3); the rest are cut with a
 * warning, so no list, however long or aliased, can stall the model.
 */
export function readLinkList(value: unknown, file: string, field: string): LinkList {
  const reader = new LinkListReader(file, field);
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  for (let i = 0; i < items.length && !reader.cut; i++) {
    if (i >= LIMITS.listItems) reader.cut = true;
    else reader.readItem(items[i]);
  }
  if (reader.cut) {
    const most = LIMITS.listItems.toLocaleString('en');
    const count = Array.isArray(value) && value.length > LIMITS.listItems ? value.length : null;
    reader.warn(
      `${count === null ? `It holds more than ${most} links` : `It lists ${count.toLocaleString('en')} items`}; only the first ${most} are read. Split the list across notes.`,
    );
  }
  // A copy at its size: a list grown by `push` keeps room for 17 links, and the index keeps
  // one list for every evidence note of the vault.
  return { refs: reader.refs.slice(), problems: reader.problems };
}

/**
 * The state of reading one link list. A class rather than closures: a full index reads a list
 * for every evidence note, and three closures per list cost more than the reading.
 */
class LinkListReader {
  readonly refs: LinkRef[] = [];
  readonly problems: Problem[] = [];
  cut = false;
  /** Links read, empty ones included: each may cost a warning. */
  private taken = 0;

  constructor(
    private readonly file: string,
    private readonly field: string,
  ) {}

  warn(message: string): void {
    this.problems.push(warning(this.file, this.field, message));
  }

  private add(ref: LinkRef): void {
    if (this.taken++ >= LIMITS.listItems) this.cut = true;
    else if (ref.path === '' && ref.subpath === null)
      this.warn(
        `${clip(ref.raw)} is an empty link, so it is ignored. Write the note's name inside: "[[Note name]]".`,
      );
    else this.refs.push(ref);
  }

  readItem(item: unknown): void {
    if (item === null || item === undefined) return;
    if (typeof item === 'string') {
      // One more than the room left, so a text past the limit is known to be cut.
      const refs = parseLinkValue(item, LIMITS.listItems - this.taken + 1);
      for (let i = 0; i < refs.length; i++) this.add(refs[i] as LinkRef);
      return;
    }
    const names = Array.isArray(item) ? flattenStrings(item) : null;
    if (names !== null) {
      for (const name of names) {
        const link = clip(`[[${name}]]`);
        this.warn(
          `${link} is not quoted, so YAML reads it as a nested list. Wrap the link in quotes: "${link}". The link is used meanwhile.`,
        );
        for (const ref of parseLinkValue(`[[${name}]]`)) this.add(ref);
      }
      return;
    }
    this.warn(
      `${describeValue(item)} is not a link, so it is ignored. Write links as "[[Note name]]".`,
    );
  }
}

/**
 * `[["A"]]` → ["A"]; null when the nested list holds anything but text or nests too deep. A
 * loop, not recursion, and at most 10,000 names: an aliased or deep list cannot overflow it.
 */
function flattenStrings(list: unknown[]): string[] | null {
  const out: string[] = [];
  const stack: [unknown, number][] = [[list, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [item, depth] = top;
    if (typeof item === 'string') out.push(item);
    else if (!Array.isArray(item) || depth > LIMITS.depth) return null;
    else for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], depth + 1]);
    if (out.length + stack.length > LIMITS.listItems * 2) break;
  }
  return out.length > 0 ? out.slice(0, LIMITS.listItems) : null;
}
