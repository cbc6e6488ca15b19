import type { SharedItem, Verdict, VerdictFigure, VerdictSide } from '../analyze/verdict';
import { plural } from '../words';
import { windowLabel, windowPhrase } from './labels';

const advancement = (s: VerdictSide) => s.advancement;
const recent = (s: VerdictSide) => s.recent;

/** "6 to 5": the leader's figure first, or the first route's on a tie. */
function score(v: Verdict, leader: string | null, pick: (s: VerdictSide) => VerdictFigure) {
  const [x, y] = v.sides;
  const [first, second] = leader === y.id ? [y, x] : [x, y];
  return `${pick(first).total} to ${pick(second).total}`;
}

/** "nonprofit leads over 6 months, 3 to 2" or "even over 6 months, 2 to 2". */
function lead(v: Verdict, leader: string | null, days: number, pick: typeof advancement) {
  const who = v.sides.find((s) => s.id === leader)?.shortName;
  return `${who ? `${who} leads` : 'even'} ${windowPhrase(days)}, ${score(v, leader, pick)}`;
}

/** "1 win through Public speaking and 1 step done on Public speaking". */
function sharedText(items: readonly SharedItem[]): string {
  const wins = items.filter((i) => i.kind === 'win');
  const steps = items.filter((i) => i.kind === 'step');
  const through = [...new Set(wins.flatMap((w) => w.through))];
  const parts: string[] = [];
  if (wins.length > 0)
    parts.push(
      `${plural(wins.length, 'win')} ${through.length > 0 ? `through ${through.join(', ')}` : 'linking both'}`,
    );
  if (steps.length > 0)
    parts.push(`${plural(steps.length, 'step')} done on ${steps.map((s) => s.name).join(', ')}`);
  return parts.join(' and ');
}

/**
 * The two routes, each named once in full and, when it has a shorter one, with the short name
 * the other words use: 'Work version - climate nonprofit designer ("nonprofit") vs …'.
 */
export function verdictTitle(v: Verdict): string {
  const named = (s: VerdictSide) =>
    s.shortName === s.title ? s.title : `${s.title} ("${s.shortName}")`;
  return `${named(v.sides[0])} vs ${named(v.sides[1])}`;
}

/**
 * The verdict in one sentence: who leads in each window and by what, and what both share
 * ("fintech leads over 6 months, 6 to 5; nonprofit leads the last 30 days, 2 to 0; both:
 * 1 win through Public speaking."). "Even" alone only when neither window has a leader.
 */
export function verdictSentence(v: Verdict): string {
  const both = v.shared.length > 0 ? `; both: ${sharedText(v.shared)}` : '';
  const season = lead(v, v.leader, v.windowDays, advancement);
  const lately = lead(v, v.leaderLast30, v.recentDays, recent);
  if (v.leader === null && v.leaderLast30 === null)
    return `Even: ${score(v, null, advancement)} ${windowPhrase(v.windowDays)} and ${score(v, null, recent)} ${windowPhrase(v.recentDays)}${both}.`;
  if (v.leader === v.leaderLast30)
    return `${season}, and ${windowPhrase(v.recentDays)}, ${score(v, v.leader, recent)}${both}.`;
  return `${season}; ${lately}${both}.`;
}

/** "Setbacks over 6 months, never scored: nonprofit 1; fintech 3, all on Research operations." */
export function setbacksSentence(v: Verdict): string {
  const count = (s: VerdictSide) =>
    `${s.shortName} ${s.setbacks.length}${s.setbacksOn && s.setbacks.length > 1 ? `, all on ${s.setbacksOn}` : s.setbacksOn ? ` on ${s.setbacksOn}` : ''}`;
  return `Setbacks ${windowPhrase(v.windowDays)}, never scored: ${v.sides.map(count).join('; ')}.`;
}

/** Each setback with what it taught: "fintech, 2026-11-03, Research operations: …". */
export function setbackLines(v: Verdict): string[] {
  return v.sides.flatMap((s) =>
    s.setbacks.map(
      (b) =>
        `${s.shortName}, ${b.date}${b.via === null ? '' : `, ${b.via}`}: ${b.excerpt ?? `${b.title} (no summary)`}`,
    ),
  );
}

/** What the verdict's table counts, said under it wherever it is shown. */
export const VERDICT_FIGURES_NOTE =
  'Figures are wins and steps done that count for one route only; what both share is set apart.';

/**
 * The figures the verdict rests on, as rows of a small table: each window's wins and steps
 * of each route's own, and what both share (set apart); then steps done overall and setbacks.
 */
export function verdictRows(v: Verdict): { headers: string[]; rows: string[][] } {
  const [x, y] = v.sides;
  const sharedIn = (recentOnly: boolean, kind: SharedItem['kind']) =>
    String(v.shared.filter((i) => i.kind === kind && (!recentOnly || i.recent)).length);
  const windowRows = (
    days: number,
    pick: (s: VerdictSide) => VerdictFigure,
    recentOnly: boolean,
  ) => [
    [
      `${windowLabel(days)}: wins`,
      String(pick(x).wins),
      String(pick(y).wins),
      sharedIn(recentOnly, 'win'),
    ],
    [
      `${windowLabel(days)}: steps done`,
      String(pick(x).steps),
      String(pick(y).steps),
      sharedIn(recentOnly, 'step'),
    ],
  ];
  return {
    headers: ['', x.shortName, y.shortName, 'both'],
    rows: [
      ...windowRows(v.windowDays, advancement, false),
      ...windowRows(v.recentDays, recent, true),
      [
        'steps done, all time',
        `${x.stepsDone} of ${x.stepsTotal}`,
        `${y.stepsDone} of ${y.stepsTotal}`,
        '',
      ],
      [
        `setbacks, ${windowLabel(v.windowDays)}`,
        String(x.setbacks.length),
        String(y.setbacks.length),
        '',
      ],
    ],
  };
}
