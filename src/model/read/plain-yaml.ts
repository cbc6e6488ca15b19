import type { Settings } from '../settings';

/** The first line of a block map: `name:` then a space or the line's end. */
const MAP_START = /^\s*(?:#.*\n\s*)*[\p{L}\p{N}_][^:\n]*:(?:[ \t]|$)/mu;

/**
 * True when a frontmatter block, still as text, cannot matter to the model, so a reader need
 * not parse it: a set of properties whose text names no kind tag, no `alias` and not the
 * evidence property (any casing). The text form of `isPlainFrontmatter`, for the CLI, where
 * parsing YAML is most of the cost and most notes of a vault are unrelated to the model.
 * Whatever such a note's YAML holds, it can name no kind, alias or evidence; a list, a
 * scalar or odd text is parsed and reported as usual.
 */
export function isPlainYaml(yaml: string, settings: Settings): boolean {
  if (!MAP_START.test(yaml)) return false;
  const text = yaml.toLowerCase();
  const t = settings.tags;
  return ![t.outcome, t.skill, t.route, t.revision, 'alias', settings.properties.evidence].some(
    (word) => text.includes(word.toLowerCase()),
  );
}
