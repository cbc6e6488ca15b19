import { Notice, TFile, type App } from 'obsidian';
import { addEvidenceLinks, evidenceChanges, type Signal } from '../model';
import type { LiveIndex } from './live-index';
import { refuseBrokenYaml } from './note-input';

/**
 * Adds links to model notes to a note's evidence property (and sets its signal when one is
 * given) through `processFrontMatter`: no other property and nothing in the body changes.
 * Notes already linked are not added twice; when nothing would change, nothing is written.
 * Returns the number of links added, or null when the note was left alone because of a problem.
 */
export async function linkEvidence(
  app: App,
  index: LiveIndex,
  file: TFile,
  targets: readonly string[],
  signal: Signal | null,
): Promise<number | null> {
  const field = index.settings.properties.evidence;
  if (refuseBrokenYaml(app, file)) return null;
  const resolve = (linkpath: string) => index.resolve(linkpath, file.path);
  const links: { link: string; path: string }[] = [];
  for (const path of targets) {
    const target = app.vault.getAbstractFileByPath(path);
    if (!(target instanceof TFile)) {
      new Notice(`${path} no longer exists (renamed or deleted?); it was not linked.`);
      continue;
    }
    links.push({
      link: `[[${app.metadataCache.fileToLinktext(target, file.path, true)}]]`,
      path: target.path,
    });
  }

  // Decide from the cache whether anything would change, so an unchanged note is not rewritten.
  const edit = { field, links, signal, resolve };
  const { links: fresh, signal: signalChanges } = evidenceChanges(
    app.metadataCache.getFileCache(file)?.frontmatter,
    edit,
  );
  if (fresh.length === 0 && !signalChanges) {
    new Notice(
      links.length > 0
        ? `${file.basename} already links ${links.length === 1 ? 'that note' : 'those notes'} as evidence.`
        : 'Nothing to link.',
    );
    return 0;
  }

  let added = 0;
  try {
    await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
      added = addEvidenceLinks(fm, edit);
    });
  } catch (e) {
    new Notice(
      `${file.path} could not be updated (${e instanceof Error ? e.message : String(e)}); nothing was changed.`,
    );
    return null;
  }
  const parts = [
    added > 0 ? `linked ${added} note${added === 1 ? '' : 's'} as evidence` : '',
    signalChanges ? `signal: ${signal ?? ''}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  new Notice(`${file.basename}: ${parts}.`);
  return added;
}
