import type { Analysis, RouteRecord } from '../analyze/analyze';
import type { Day } from '../dates';
import { cmp } from '../problem';
import { dayAndMonth, percent, plural } from './labels';

/** One side of a head-to-head: a route's window figures and where its setbacks fell. */
export interface Side {
  id: string;
  title: string;
  advancement: number;
  stepsCompleted: number;
  wins: number;
  setbacks: number;
  /** The one note every setback in the window came through, when there is one. */
  setbacksOn: string | null;
  progress: number;
  stepsDone: number;
  stepsTotal: number;
  /** Sums of the 6-month trend. */
  trend: { wins: number; setbacks: number; stepsCompleted: number };
}

/** Two routes compared in plain words and numbers (SPEC §5, §6). */
export interface HeadToHead {
  since: Day;
  sides: [Side, Side];
  /** The route advancing faster; null when even. */
  leader: string | null;
  /** Evidence notes in the window counted for both. */
  shared: string[];
  /** "Since 22 October: A 1 step done, 4 wins, 1 setback; B 0 steps done, 2 wins, …". */
  summary: string;
  /** The summary, then advancement, progress, shared evidence and the 6-month trend. */
  lines: string[];
}

function side(r: RouteRecord, since: Day, title: (id: string) => string): Side {
  const vias = r.evidence
    .filter((e) => e.signal === 'setback' && e.date >= since)
    .map((e) => e.routes.find((x) => x.id === r.id)?.via ?? r.id);
  const on = vias.length > 0 && vias.every((v) => v === vias[0]) ? (vias[0] ?? null) : null;
  const sum = (k: 'wins' | 'setbacks' | 'stepsCompleted') => r.trend.reduce((n, t) => n + t[k], 0);
  return {
    id: r.id,
    title: r.title,
    advancement: r.advancement,
    stepsCompleted: r.stepsCompleted,
    wins: r.wins,
    setbacks: r.setbacks,
    setbacksOn: on === null ? null : title(on),
    progress: r.progress,
    stepsDone: r.stepsDone,
    stepsTotal: r.stepsTotal,
    trend: { wins: sum('wins'), setbacks: sum('setbacks'), stepsCompleted: sum('stepsCompleted') },
  };
}

const figures = (s: Side) => {
  const where =
    s.setbacksOn === null
      ? ''
      : s.setbacks === 1
        ? ` on ${s.setbacksOn}`
        : `, all on ${s.setbacksOn}`;
  return `${s.title} ${plural(s.stepsCompleted, 'step')} done, ${plural(s.wins, 'win')}, ${plural(s.setbacks, 'setback')}${where}`;
};

/** What a head-to-head reads of the analysis (the map has these in its own model). */
export type HeadToHeadSource = Pick<Analysis, 'windowStart'> & {
  node: ReadonlyMap<string, { title: string }>;
};

/** The head-to-head of two routes of the analysis. */
export function headToHead(analysis: HeadToHeadSource, a: RouteRecord, b: RouteRecord): HeadToHead {
  const since = analysis.windowStart;
  const title = (id: string) => analysis.node.get(id)?.title ?? id;
  const sides: [Side, Side] = [side(a, since, title), side(b, since, title)];
  const [x, y] = sides;
  const leader =
    x.advancement === y.advancement ? null : x.advancement > y.advancement ? x.id : y.id;
  // Evidence that counts for both routes counts for the first: its own list is enough.
  const shared = a.evidence
    .filter((e) => e.date >= since && e.routes.some((r) => r.id === b.id))
    .map((e) => e.file)
    .sort(cmp);
  const summary = `Since ${dayAndMonth(since)}: ${figures(x)}; ${figures(y)}.`;
  const faster = leader === null ? null : leader === x.id ? x : y;
  const lines = [
    summary,
    `Advancement (wins and steps done; setbacks never count): ${x.title} ${x.advancement}, ${y.title} ${y.advancement}${faster ? `: ${faster.title} advances faster.` : ': even.'}`,
    `Progress: ${x.title} ${x.stepsDone}/${x.stepsTotal} steps done (${percent(x.progress)}); ${y.title} ${y.stepsDone}/${y.stepsTotal} (${percent(y.progress)}).`,
  ];
  if (shared.length > 0) {
    lines.push(
      `${plural(shared.length, 'evidence note')} ${shared.length === 1 ? 'counts' : 'count'} for both, through a stepping stone they share: ${shared.map(title).join(', ')}.`,
    );
  }
  lines.push(
    `Last 6 months: ${sides.map((s) => `${s.title} ${plural(s.trend.stepsCompleted, 'step')} done, ${plural(s.trend.wins, 'win')}, ${plural(s.trend.setbacks, 'setback')}`).join('; ')}.`,
  );
  return { since, sides, leader, shared, summary, lines };
}

/**
 * The route a name means: its path (with or without `.md`), its title or one of its aliases,
 * or a part of its title that only one route has (case-insensitive; a path written exactly
 * wins). Else a message: the routes there are, or the paths of those the name fits.
 */
export function findRoute(
  analysis: Analysis,
  name: string,
): { route: RouteRecord } | { message: string } {
  const written = name.trim();
  const q = written.toLowerCase();
  const routes = analysis.routes;
  const byPath = routes.find((r) => r.id === written || r.id === `${written}.md`);
  if (byPath) return { route: byPath };
  const exact = routes.filter(
    (r) =>
      r.id.toLowerCase() === q ||
      r.id.toLowerCase() === `${q}.md` ||
      r.title.toLowerCase() === q ||
      r.aliases.some((a) => a.toLowerCase() === q),
  );
  const fits = exact.length > 0 ? exact : routes.filter((r) => r.title.toLowerCase().includes(q));
  if (fits.length === 1 && fits[0]) return { route: fits[0] };
  if (fits.length > 1)
    return {
      message: `"${name}" names ${fits.length} routes: ${fits.map((r) => r.id).join(', ')}. Give ${exact.length > 0 ? 'the path of the one you mean' : 'more of the title, or the path'}.`,
    };
  const list = routes.map((r) => `"${r.title}"`).join(', ');
  return {
    message:
      routes.length === 0
        ? `"${name}" names no route: the vault has no routes yet.`
        : `"${name}" names no route. The routes are: ${list}.`,
  };
}

/**
 * The two routes two names mean, or every reason they do not: a name that fits no route or
 * several, or both names meaning one route. The CLI's `compare` and the code block's table
 * both ask this.
 */
export function findRoutePair(
  analysis: Analysis,
  names: readonly string[],
): { pair: [RouteRecord, RouteRecord] } | { messages: string[] } {
  const found = names.slice(0, 2).map((name) => findRoute(analysis, name));
  const messages = found.flatMap((f) => ('message' in f ? [f.message] : []));
  const [a, b] = found.flatMap((f) => ('route' in f ? [f.route] : []));
  if (messages.length > 0 || !a || !b) return { messages };
  if (a.id === b.id)
    return { messages: [`both names mean the same route, "${a.title}"; name two routes.`] };
  return { pair: [a, b] };
}
