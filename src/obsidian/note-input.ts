import type { CachedMetadata, TFile } from 'obsidian';
import type { NoteInput } from '../model';

/**
 * One note as the model wants it, from Obsidian's metadata cache. Obsidian keeps a `yaml`
 * section (and `frontmatterPosition`) but no `frontmatter` when the YAML does not parse.
 */
export function toNoteInput(
  file: TFile,
  cache: CachedMetadata | null,
  withBodyLinks = true,
): NoteInput {
  const hasYamlBlock = Boolean(cache?.frontmatterPosition) || cache?.sections?.[0]?.type === 'yaml';
  const broken = hasYamlBlock && cache?.frontmatter === undefined;
  return {
    path: file.path,
    mtime: file.stat.mtime,
    frontmatter: cache?.frontmatter,
    frontmatterError: broken ? 'Obsidian could not read it' : null,
    // Only journal notes need their body links: skip the copy for every other note.
    bodyLinks: withBodyLinks ? (cache?.links?.map((l) => l.link) ?? []) : [],
  };
}
