import { addDays, type Day } from '../dates';
import { cmp } from '../problem';
import { titleOf } from '../read/note-input';
import type { Analysis, EvidenceRecord, RouteRecord } from './records';

/** The second window of every head-to-head: what moved recently. */
export const RECENT_DAYS = 30;

/** What one route did in a window that does not reach the other: its head-to-head figure. */
export interface VerdictFigure {
  wins: number;
  /** Steps completed on stones the other route does not use. */
  steps: number;
  /** wins + steps: what the verdict compares. */
  total: number;
}

/** A setback in the advancement window: shown with what it taught, never scored. */
export interface VerdictSetback {
  file: string;
  title: string;
  date: Day;
  /** What happened, then " — Lesson: " and the lesson (the evidence excerpt). */
  excerpt: string | null;
  lesson: string | null;
  /** The title of the step it came through; null when it links the route itself. */
  via: string | null;
}

/** One route of a head-to-head. */
export interface VerdictSide {
  id: string;
  title: string;
  shortName: string;
  /** Its figure over the advancement window. */
  advancement: VerdictFigure;
  /** Its figure over the last RECENT_DAYS days. */
  recent: VerdictFigure;
  /** Setbacks in the advancement window, oldest first. */
  setbacks: VerdictSetback[];
  /** The one step every one of those setbacks came through, when there is one. */
  setbacksOn: string | null;
  stepsDone: number;
  stepsTotal: number;
}

/** A win or a completion that moves both routes, so it decides nothing: set apart, named. */
export interface SharedItem {
  kind: 'win' | 'step';
  /** The evidence note (a win) or the stone (a completion). */
  id: string;
  /** The note's title. */
  name: string;
  date: Day;
  /** Titles of the notes on both routes it reaches them through; empty when it links each. */
  through: string[];
  /** Within the last RECENT_DAYS days too. */
  recent: boolean;
}

/**
 * Which of two routes advances faster (SPEC §2's head-to-head), computed once: the CLI's words,
 * `compare --json`, the map's card and the code block only project it. Pairwise: a win the
 * two routes share moves both and is set apart; one shared only with a third route counts.
 */
export interface Verdict {
  today: Day;
  /** The advancement window in days, and its first day. */
  windowDays: number;
  since: Day;
  /** RECENT_DAYS, and the first day of that window. */
  recentDays: number;
  recentSince: Day;
  sides: [VerdictSide, VerdictSide];
  /** The route with the higher figure over the advancement window; null on a tie. */
  leader: string | null;
  /** The same over the last RECENT_DAYS days. */
  leaderLast30: string | null;
  /** What both share in the advancement window, oldest first. */
  shared: SharedItem[];
}

/** What a verdict reads besides the two routes: the day, the window and notes' titles. */
export interface VerdictSource {
  today: Day;
  advancementDays: number;
  title: (id: string) => string;
}

/** The part of a route record a verdict reads (the map's routes carry the same). */
export type VerdictRoute = Pick<
  RouteRecord,
  | 'id'
  | 'title'
  | 'shortName'
  | 'steps'
  | 'evidence'
  | 'completedSteps'
  | 'stepsDone'
  | 'stepsTotal'
>;

const reachesRoute = (e: EvidenceRecord, route: string) => e.routes.some((r) => r.id === route);

function figure(route: VerdictRoute, other: VerdictRoute, since: Day, today: Day): VerdictFigure {
  const inside = (day: Day) => day >= since && day <= today;
  const wins = route.evidence.filter(
    (e) => e.signal === 'win' && inside(e.date) && !reachesRoute(e, other.id),
  ).length;
  const steps = route.completedSteps.filter(
    (s) => inside(s.day) && !other.steps.includes(s.id),
  ).length;
  return { wins, steps, total: wins + steps };
}

function side(
  route: VerdictRoute,
  other: VerdictRoute,
  windows: { since: Day; recentSince: Day; today: Day },
  title: (id: string) => string,
): VerdictSide {
  const setbacks = route.evidence
    .filter((e) => e.signal === 'setback' && e.date >= windows.since && e.date <= windows.today)
    .map((e) => {
      const via = e.routes.find((r) => r.id === route.id)?.via ?? route.id;
      return {
        file: e.file,
        title: e.title,
        date: e.date,
        excerpt: e.excerpt,
        lesson: e.lesson,
        via: via === route.id ? null : title(via),
      };
    })
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.file, b.file));
  const on = setbacks[0]?.via ?? null;
  return {
    id: route.id,
    title: route.title,
    shortName: route.shortName,
    advancement: figure(route, other, windows.since, windows.today),
    recent: figure(route, other, windows.recentSince, windows.today),
    setbacks,
    setbacksOn: on !== null && setbacks.every((s) => s.via === on) ? on : null,
    stepsDone: route.stepsDone,
    stepsTotal: route.stepsTotal,
  };
}

/** The wins and completions both routes have in the window, named. */
function sharedItems(
  a: VerdictRoute,
  b: VerdictRoute,
  windows: { since: Day; recentSince: Day; today: Day },
  title: (id: string) => string,
): SharedItem[] {
  const inside = (day: Day) => day >= windows.since && day <= windows.today;
  const onBoth = new Set(a.steps.filter((s) => b.steps.includes(s)));
  const wins: SharedItem[] = a.evidence
    .filter((e) => e.signal === 'win' && inside(e.date) && reachesRoute(e, b.id))
    .map((e) => ({
      kind: 'win',
      id: e.file,
      name: e.title,
      date: e.date,
      through: e.targets.filter((t) => onBoth.has(t)).map(title),
      recent: e.date >= windows.recentSince,
    }));
  const steps: SharedItem[] = a.completedSteps
    .filter((s) => inside(s.day) && onBoth.has(s.id))
    .map((s) => ({
      kind: 'step',
      id: s.id,
      name: title(s.id),
      date: s.day,
      through: [title(s.id)],
      recent: s.day >= windows.recentSince,
    }));
  return [...wins, ...steps].sort(
    (x, y) => cmp(x.date, y.date) || cmp(x.kind, y.kind) || cmp(x.id, y.id),
  );
}

const leaderOf = (a: VerdictSide, b: VerdictSide, pick: (s: VerdictSide) => VerdictFigure) =>
  pick(a).total === pick(b).total ? null : pick(a).total > pick(b).total ? a.id : b.id;

/** The head-to-head of routes `a` and `b` on `source.today`. */
export function verdict(source: VerdictSource, a: VerdictRoute, b: VerdictRoute): Verdict {
  const { today, advancementDays, title } = source;
  const windows = {
    today,
    since: addDays(today, -(advancementDays - 1)),
    recentSince: addDays(today, -(RECENT_DAYS - 1)),
  };
  const sides: [VerdictSide, VerdictSide] = [
    side(a, b, windows, title),
    side(b, a, windows, title),
  ];
  return {
    today,
    windowDays: advancementDays,
    since: windows.since,
    recentDays: RECENT_DAYS,
    recentSince: windows.recentSince,
    sides,
    leader: leaderOf(...sides, (s) => s.advancement),
    leaderLast30: leaderOf(...sides, (s) => s.recent),
    shared: sharedItems(a, b, windows, title),
  };
}

/** The head-to-head of two routes of an analysis. */
export function verdictOf(
  analysis: Pick<Analysis, 'today' | 'windows' | 'node'>,
  a: VerdictRoute,
  b: VerdictRoute,
): Verdict {
  return verdict(
    {
      today: analysis.today,
      advancementDays: analysis.windows.advancementDays,
      title: (id) => analysis.node.get(id)?.title ?? titleOf(id),
    },
    a,
    b,
  );
}
