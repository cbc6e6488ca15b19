import type { TFile, TFolder } from 'obsidian';
import { isJournalFolder, isJournalNote, type Settings } from '../model';

/**
 * Which files are journal notes, decided once per folder. A full index asks for every file of
 * the vault; a vault has few folders, and asking a folder spares reading each file's path.
 * One per build: a folder renamed while the build runs renames its files, and the build reads
 * each renamed file again by its new path.
 */
export class JournalFolders {
  private readonly known = new Map<TFolder, boolean>();
  /** The folder asked about last: a vault lists a folder's files together. */
  private last: TFolder | null = null;
  private lastJournal = false;

  constructor(private readonly settings: Settings) {}

  has(file: TFile): boolean {
    const folder = file.parent;
    if (!folder) return isJournalNote(file.path, this.settings);
    if (folder === this.last) return this.lastJournal;
    let journal = this.known.get(folder);
    if (journal === undefined) {
      journal = isJournalFolder(folder.isRoot() ? '' : folder.path, this.settings);
      this.known.set(folder, journal);
    }
    this.last = folder;
    this.lastJournal = journal;
    return journal;
  }
}
