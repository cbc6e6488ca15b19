import { Notice, type App } from 'obsidian';
import { revisionDue } from '../model';
import type { LiveIndex } from './live-index';

const KEY = 'work-model-revision-notice';

/**
 * On mobile, where there is no status bar: a notice when a revision is due, at most once a
 * day on this device (the day is kept in the vault's local storage, not synced).
 */
export function noticeRevisionDue(app: App, index: LiveIndex, today: string): void {
  if (!index.isReady) return;
  const due = revisionDue(index.graph(), index.settings.revisionCadenceDays, today);
  if (due.daysLeft > 0 || app.loadLocalStorage(KEY) === today) return;
  app.saveLocalStorage(KEY, today);
  new Notice(`Work model: ${due.label}. Run "Create revision note" to write it.`);
}
