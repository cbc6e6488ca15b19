import type { GapKind, Question } from '../analyze/analyze';
import type { RouteRecord, TrendMonth } from '../analyze/records';
import { plural } from '../words';

/** Each gap in words, as the report, revisions and tables say it. */
export const GAP_LABELS: Record<GapKind, string> = {
  'outcome-without-route': 'Outcomes no live route leads to',
  'unused-stone': 'Stepping stones no live route uses',
  'route-without-steps': 'Live routes without steps',
  'stone-without-evidence': 'Stepping stones on live routes without evidence',
};

/** The book's reflection questions (SPEC §4), each answered by the health findings. */
export const REFLECTION_QUESTIONS: Record<Question, string> = {
  rigid: 'Which parts of your plan feel most rigid or vulnerable to disruption?',
  unmapped: 'What alternate routes have you considered but not yet mapped out?',
  revising: 'How often do you revise your assumptions based on new experience?',
};

/** The questions in the book's order. */
export const QUESTIONS = Object.keys(REFLECTION_QUESTIONS) as Question[];

export { plural };

export const percent = (x: number) => `${Math.round(x * 100)}%`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "22 October" for `2026-10-22`: the product's own English sentences need no date library. */
export const dayAndMonth = (day: string) =>
  `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1] ?? ''}`;

/** A route's figures in words, as the text report and the map's comparison both print them. */
export const routeFigureText = {
  advancement: (r: Pick<RouteRecord, 'advancement' | 'wins' | 'stepsCompleted'>) =>
    `advancement ${r.advancement}: ${plural(r.wins, 'win')}, ${plural(r.stepsCompleted, 'step')} done`,
  activity: (r: Pick<RouteRecord, 'activity' | 'wins' | 'setbacks' | 'insights' | 'shifts'>) =>
    `activity ${r.activity}: ${plural(r.wins, 'win')}, ${plural(r.setbacks, 'setback')}, ${plural(r.insights, 'insight')}, ${plural(r.shifts, 'shift')}`,
  evidence: (r: Pick<RouteRecord, 'uniqueEvidence' | 'sharedEvidence' | 'lastActivity'>) =>
    `${r.uniqueEvidence} unique, ${r.sharedEvidence} shared; last activity ${r.lastActivity ?? 'none'}`,
  steps: (r: Pick<RouteRecord, 'progress' | 'stepsDone' | 'stepsTotal'>) =>
    `${percent(r.progress)}, ${r.stepsDone}/${r.stepsTotal} steps done`,
};

/** A route's last months in words: the report's trend line and the sparkline's text. */
export function trendText(trend: readonly TrendMonth[]): string {
  const series = (k: 'wins' | 'setbacks' | 'stepsCompleted') => trend.map((t) => t[k]).join(' ');
  return `${plural(trend.length, 'month')} ${trend[0]?.month ?? ''} to ${trend.at(-1)?.month ?? ''}: wins ${series('wins')} · setbacks ${series('setbacks')} · steps done ${series('stepsCompleted')}`;
}
