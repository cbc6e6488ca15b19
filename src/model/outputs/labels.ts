import type { GapKind, Question } from '../analyze/analyze';
import type { RouteRecord, TrendMonth, Windows } from '../analyze/records';
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

/** "Jun" for `2026-06` (or a day of June): a month under its column of a small chart. */
export const shortMonth = (month: string) =>
  (MONTHS[Number(month.slice(5, 7)) - 1] ?? '').slice(0, 3);

/** A window as the label of its figures: "6 months", "last 30 days". */
export const windowLabel = (days: number) =>
  days >= 60 && days % 30 === 0 ? `${days / 30} months` : `last ${plural(days, 'day')}`;

/** A window in a sentence: "over 6 months", "the last 30 days". */
export const windowPhrase = (days: number) =>
  days >= 60 && days % 30 === 0 ? `over ${days / 30} months` : `the last ${plural(days, 'day')}`;

type AdvancementFigures = Pick<
  RouteRecord,
  | 'advancement'
  | 'ownAdvancement'
  | 'advancementWins'
  | 'sharedWins'
  | 'stepsCompleted'
  | 'sharedCompletions'
>;
type ActivityFigures = Pick<
  RouteRecord,
  'wins' | 'setbacks' | 'insights' | 'shifts' | 'uniqueEvidence' | 'sharedEvidence'
>;

/** "1 step done, 4 wins, 1 of them shared; advancement 5, 4 of its own". */
const advancementFigures = (r: AdvancementFigures) =>
  `${plural(r.stepsCompleted, 'step')} done${r.sharedCompletions > 0 ? ` (${r.sharedCompletions} on a shared stone)` : ''}, ${plural(r.advancementWins, 'win')}${r.sharedWins > 0 ? `, ${r.sharedWins} of them shared` : ''}; advancement ${r.advancement}, ${r.ownAdvancement} of its own`;

/** "3 wins, 1 setback, 0 insights, 0 shifts; 4 unique, 0 shared". */
const activityFigures = (r: ActivityFigures) =>
  `${plural(r.wins, 'win')}, ${plural(r.setbacks, 'setback')}, ${plural(r.insights, 'insight')}, ${plural(r.shifts, 'shift')}; ${r.uniqueEvidence} unique, ${r.sharedEvidence} shared`;

/**
 * A route's figures in words, each saying its window, as the text report, the revision and
 * the map's comparison print them.
 */
export const routeFigureText = {
  /** "6 months: 1 step done, 4 wins, 1 of them shared; advancement 5, 4 of its own". */
  advancement: (r: AdvancementFigures, windows: Pick<Windows, 'advancementDays'>) =>
    `${windowLabel(windows.advancementDays)}: ${advancementFigures(r)}`,
  /** "last 30 days: 3 wins, 1 setback, 0 insights, 0 shifts; 4 unique, 0 shared". */
  activity: (r: ActivityFigures, windows: Pick<Windows, 'activityDays'>) =>
    `${windowLabel(windows.activityDays)}: ${activityFigures(r)}`,
  evidence: (r: Pick<RouteRecord, 'lastActivity'>) => `last activity ${r.lastActivity ?? 'none'}`,
  steps: (r: Pick<RouteRecord, 'progress' | 'stepsDone' | 'stepsTotal'>) =>
    `${percent(r.progress)}, ${r.stepsDone}/${r.stepsTotal} steps done`,
};

/**
 * The same figures as rows of a small table, a label ("6 months") and its words: the map's
 * route card. "label: value" is the text report's line.
 */
export function routeFigureRows(
  r: AdvancementFigures &
    ActivityFigures &
    Pick<RouteRecord, 'lastActivity' | 'progress' | 'stepsDone' | 'stepsTotal'>,
  windows: Pick<Windows, 'advancementDays' | 'activityDays'>,
): { label: string; value: string }[] {
  return [
    { label: windowLabel(windows.advancementDays), value: advancementFigures(r) },
    { label: windowLabel(windows.activityDays), value: activityFigures(r) },
    { label: 'progress', value: routeFigureText.steps(r) },
    { label: 'last activity', value: r.lastActivity ?? 'none' },
  ];
}

/** A route's last months in words: the report's trend line and the sparkline's text. */
export function trendText(trend: readonly TrendMonth[]): string {
  const series = (k: 'wins' | 'setbacks' | 'stepsCompleted') => trend.map((t) => t[k]).join(' ');
  return `by month, ${trend[0]?.month ?? ''} to ${trend.at(-1)?.month ?? ''}: wins ${series('wins')} · setbacks ${series('setbacks')} · steps done ${series('stepsCompleted')}`;
}
