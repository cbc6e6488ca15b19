import type { GapKind, Question } from '../analyze/analyze';

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

export { plural } from '../words';

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
