import { revisionDue } from '../model';
import type { LiveIndex } from './live-index';

/** Fills the status-bar item with when the next revision is due. */
export function renderRevisionDue(el: HTMLElement, index: LiveIndex, today: string): void {
  if (!index.isReady) {
    el.setText('Work model: indexing…');
    return;
  }
  const due = revisionDue(index.graph(), index.settings.revisionCadenceDays, today);
  el.setText(due.label);
  el.setAttr(
    'aria-label',
    `${due.label}${due.last ? ` (last revision ${due.last})` : ''}. Click to create it.`,
  );
  el.toggleClass('work-model-overdue', due.daysLeft < 0);
}
