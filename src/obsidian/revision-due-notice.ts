import { Notice } from 'obsidian';
import { revisionDue } from '../model';
import type { LiveIndex } from './live-index';

/** Where the day of the last notice is kept (data.json, so a restart does not repeat it). */
export interface NoticeDay {
  last(): string | null;
  save(day: string): void;
}

/**
 * On mobile, where there is no status bar: a notice when a revision is due, at most once a day,
 * and none while there is no outcome to revise.
 */
export function noticeRevisionDue(index: LiveIndex, today: string, day: NoticeDay): void {
  if (!index.isReady || day.last() === today) return;
  const due = revisionDue(index.graph(), index.settings.revisionCadenceDays, today);
  if (due === null || due.daysLeft > 0) return;
  day.save(today);
  new Notice(`Work model: ${due.label}. Run "Create revision note" to write it.`);
}
