/**
 * One vault file as the model receives it, from Obsidian's metadata cache or from the CLI's
 * file reader. Plain data: the model never touches a vault itself.
 */
export interface NoteInput {
  /** Vault-relative path with `/` separators. */
  path: string;
  /** Modification time in ms since the epoch. */
  mtime: number;
  /** Parsed frontmatter as given (any shape); undefined when the note has none. */
  frontmatter?: unknown;
  /** Set when the note has frontmatter that is not valid YAML. */
  frontmatterError?: string | null;
  /** Link texts of the note body (Obsidian's `links[].link`), for journal evidence. */
  bodyLinks?: readonly string[];
  /** The first paragraph of the body as an excerpt (see `firstParagraph`), when read. */
  firstParagraph?: string | null;
  /** Set when the file could not be read at all. */
  readError?: string | null;
  /** The file's size in bytes, when known: a note larger than 5 MB is skipped (SPEC §3). */
  size?: number;
  /** Set by a reader that stopped early because the note is too large; says why. */
  tooLarge?: string | null;
}

/** Files that are not Markdown notes still matter: links may point at them. */
// A test, not a lower-cased copy of the path: this runs for every file of the vault.
export const isMarkdownPath = (path: string) => /\.md$/i.test(path);

export const titleOf = (path: string) => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return isMarkdownPath(name) ? name.slice(0, -3) : name;
};
