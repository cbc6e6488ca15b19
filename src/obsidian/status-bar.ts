import { revisionDue } from '../model';
import type { LiveIndex } from './live-index';

/** What a click on the revision status asks of the plugin. */
export interface RevisionDueActions {
  createRevision(): Promise<void>;
  startModel(): void;
}

/**
 * Fills the status-bar item with when the next revision is due; while there is no outcome,
 * there is nothing to revise, so it offers to start a work model instead.
 */
export function renderRevisionDue(el: HTMLElement, index: LiveIndex, today: string): void {
  if (!index.isReady) {
    el.setText('Work model: indexing…');
    return;
  }
  const due = revisionDue(index.graph(), index.settings.revisionCadenceDays, today);
  el.toggleClass('work-model-overdue', due !== null && due.daysLeft < 0);
  if (due === null) {
    el.setText('Start a work model');
    el.setAttr('aria-label', 'There is no outcome yet. Click to start a work model.');
    return;
  }
  el.setText(due.label);
  el.setAttr(
    'aria-label',
    `${due.label}${due.last ? ` (last revision ${due.last})` : ''}. Click to create it.`,
  );
}

/** A click on the revision status: the revision it announces, or Start a work model. */
export function clickRevisionDue(
  index: LiveIndex,
  today: string,
  actions: RevisionDueActions,
): void {
  const due = index.isReady
    ? revisionDue(index.graph(), index.settings.revisionCadenceDays, today)
    : undefined;
  if (due === null) actions.startModel();
  else void actions.createRevision();
}
