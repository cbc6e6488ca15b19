import { Notice, type App, type CachedMetadata, type TFile } from 'obsidian';
import { lowerCase, type NoteInput } from '../model';

/**
 * Whether a note's frontmatter is YAML that Obsidian could not parse. The metadata cache keeps
 * a `yaml` section (and `frontmatterPosition`) but no `frontmatter` then. An empty block
 * (`---` right above `---`) also has no `frontmatter`; it is empty, not broken.
 */
export function hasBrokenYaml(cache: CachedMetadata | null): boolean {
  if (!cache || cache.frontmatter !== undefined) return false;
  const block =
    cache.frontmatterPosition ??
    (cache.sections?.[0]?.type === 'yaml' ? cache.sections[0].position : undefined);
  return block !== undefined && block.end.line > block.start.line + 1;
}

/**
 * Whether a command must leave `file` alone because Obsidian could not read its frontmatter
 * (writing through `processFrontMatter` would replace the block); says so in a notice.
 */
export function refuseBrokenYaml(app: App, file: TFile): boolean {
  if (!hasBrokenYaml(app.metadataCache.getFileCache(file))) return false;
  new Notice(
    `${file.path}: the frontmatter is not valid YAML, so nothing was changed. Fix the YAML between the "---" lines first.`,
  );
  return true;
}

/** One note as the model wants it, from Obsidian's metadata cache. */
export function toNoteInput(
  file: TFile,
  cache: CachedMetadata | null,
  withBodyLinks = true,
): NoteInput {
  return {
    path: file.path,
    mtime: file.stat.mtime,
    frontmatter: cache?.frontmatter,
    frontmatterError: hasBrokenYaml(cache) ? 'Obsidian could not read it' : null,
    // Only journal notes need their body links: skip the copy for every other note.
    bodyLinks: withBodyLinks ? (cache?.links?.map((l) => l.link) ?? []) : [],
  };
}

/** Obsidian opens `X.MD` as a note too; the CLI's `isMarkdownPath` agrees. */
export const isNoteFile = (file: TFile) =>
  file.extension === 'md' || lowerCase(file.extension) === 'md';
