import { addDays, daysBetween, type Day } from '../dates';
import type { Graph } from '../graph/graph';

export interface RevisionDue {
  /** The latest revision's day, null when there is none. */
  last: Day | null;
  due: Day;
  /** Days until due; 0 today, negative when overdue. */
  daysLeft: number;
  /** A short status-bar text. */
  label: string;
}

/**
 * When the next revision is due: the cadence after the latest one, or today without any.
 * Null while there is no outcome: there is no model to revise yet.
 */
export function revisionDue(graph: Graph, cadenceDays: number, today: Day): RevisionDue | null {
  if (!graph.nodes.some((n) => n.kind === 'outcome')) return null;
  const last = graph.revisions.reduce<Day | null>(
    (acc, r) => (r.date <= today && (acc === null || r.date > acc) ? r.date : acc),
    null,
  );
  const due = last === null ? today : addDays(last, cadenceDays);
  const daysLeft = daysBetween(today, due);
  const label =
    last === null
      ? 'Write your first revision'
      : daysLeft > 1
        ? `Revision due in ${daysLeft} days`
        : daysLeft === 1
          ? 'Revision due tomorrow'
          : daysLeft === 0
            ? 'Revision due today'
            : // Past due: said without scolding, as the days since the last one.
              `Revision due: the last was ${daysBetween(last, today)} days ago`;
  return { last, due, daysLeft, label };
}
