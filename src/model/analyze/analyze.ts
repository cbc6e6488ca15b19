import { addDays, dayOfTime, daysBetween, type Day } from '../dates';
import type { Evidence, Graph } from '../graph/graph';
import { titleOf } from '../read/note-input';
import { noteState, type Signal } from '../read/note-schemas';
import { cmp } from '../problem';
import type { Settings } from '../settings';
import { findGaps } from './gaps';
import { findHealth } from './health';
import type {
  Analysis,
  EvidenceRecord,
  NodeRecord,
  RevisionHistory,
  RouteRecord,
  SignalCounts,
} from './records';
import { emptyTrend, monthOf } from './trend';

export * from './records';

const COUNT_OF: Record<Signal, keyof SignalCounts> = {
  win: 'wins',
  setback: 'setbacks',
  insight: 'insights',
  shift: 'shifts',
};

const newer = (a: Day | null, b: Day | null): Day | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/** Routes by advancement, then progress, then title (then id, so the order is total). */
export function compareRank(a: RouteRecord, b: RouteRecord): number {
  return (
    b.advancement - a.advancement ||
    b.progress - a.progress ||
    cmp(a.title.toLowerCase(), b.title.toLowerCase()) ||
    cmp(a.id, b.id)
  );
}

/**
 * The model on a given day (SPEC §2): one record per note and per route with its state,
 * progress, activity, advancement, shared and unique evidence, trend, last activity and
 * staleness, and the gaps and health findings. "Today" is an argument, so results are
 * reproducible (the CLI's `--now`, tests). Evidence dated after today is ignored everywhere.
 */
export function analyze(graph: Graph, settings: Settings, today: Day): Analysis {
  const windowDays = settings.momentumDays;
  const windowStart = addDays(today, -(windowDays - 1));
  const inWindow = (day: Day | null) => day !== null && day >= windowStart && day <= today;

  // Structure: each route's ordered steps and outcomes.
  const stepsOf = new Map<string, { to: string; order: number }[]>();
  const outcomesOf = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'step') {
      const list = stepsOf.get(e.from) ?? [];
      list.push({ to: e.to, order: e.order ?? 0 });
      stepsOf.set(e.from, list);
    } else if (e.kind === 'target') {
      const list = outcomesOf.get(e.from) ?? [];
      list.push(e.to);
      outcomesOf.set(e.from, list);
    }
  }
  const ordered = new Map(
    [...stepsOf].map(([r, list]) => [r, list.sort((a, b) => a.order - b.order).map((s) => s.to)]),
  );
  const steps = (route: string) => ordered.get(route) ?? [];

  const state = new Map(
    graph.nodes.map((n) => [n.id, noteState(n.kind, n.status, n.resume, today)]),
  );
  const isLive = (id: string) => state.get(id) === 'live';
  const routeIds = graph.nodes.filter((n) => n.kind === 'route').map((n) => n.id);
  /** Live routes using each stone, to tell shared evidence from unique. */
  const liveUsers = new Map<string, Set<string>>();
  for (const r of routeIds) {
    if (!isLive(r)) continue;
    for (const s of steps(r)) liveUsers.set(s, (liveUsers.get(s) ?? new Set()).add(r));
  }

  // Evidence up to today, each with the routes it reaches.
  const evidence: EvidenceRecord[] = [];
  const evidenceFor = new Map<string, EvidenceRecord[]>();
  const reachingRoute = new Map<string, EvidenceRecord[]>();
  const current = graph.evidence.filter((ev: Evidence) => ev.date <= today);
  const routePaths = new Map(routeIds.map((r) => [r, [r, ...steps(r)]]));
  /** The routes each note is on (as the route itself or a step), to find them per evidence. */
  const routesOf = new Map<string, string[]>();
  for (const [r, notes] of routePaths)
    for (const n of new Set(notes)) {
      const list = routesOf.get(n) ?? [];
      list.push(r);
      routesOf.set(n, list);
    }
  for (const ev of current) {
    const targets = new Set(ev.targets);
    const candidates = [...new Set(ev.targets.flatMap((t) => routesOf.get(t) ?? []))].sort(cmp);
    const routes: EvidenceRecord['routes'] = [];
    for (const r of candidates) {
      const via = (routePaths.get(r) ?? []).filter((n) => targets.has(n));
      const unique = via.some(
        (n) => n === r || [...(liveUsers.get(n) ?? [])].every((u) => u === r),
      );
      routes.push({ id: r, shared: !unique, via: via[0] as string });
    }
    const record: EvidenceRecord = {
      file: ev.file,
      title: titleOf(ev.file),
      date: ev.date,
      signal: ev.signal,
      excerpt: ev.excerpt,
      targets: ev.targets,
      routes,
    };
    evidence.push(record);
    for (const t of ev.targets) {
      const list = evidenceFor.get(t) ?? [];
      list.push(record);
      evidenceFor.set(t, list);
    }
    for (const r of routes) {
      const list = reachingRoute.get(r.id) ?? [];
      list.push(record);
      reachingRoute.set(r.id, list);
    }
  }
  const newestFirst = (a: EvidenceRecord, b: EvidenceRecord) =>
    cmp(b.date, a.date) || cmp(a.file, b.file);
  for (const list of evidenceFor.values()) list.sort(newestFirst);
  for (const list of reachingRoute.values()) list.sort(newestFirst);

  const onRoutes = new Map<string, Set<string>>();
  for (const [r, notes] of routePaths)
    for (const n of [...notes, ...(outcomesOf.get(r) ?? [])])
      onRoutes.set(n, (onRoutes.get(n) ?? new Set()).add(r));

  const completedDay = (id: string) => {
    const day = graph.byId.get(id)?.completed ?? null;
    return day !== null && day <= today ? day : null;
  };
  const isStale = (id: string, last: Day) =>
    isLive(id) && daysBetween(last, today) > settings.staleDays;

  const nodes: NodeRecord[] = graph.nodes.map((n) => {
    const evs = evidenceFor.get(n.id) ?? [];
    const last =
      newer(evs[0]?.date ?? null, n.kind === 'skill' ? completedDay(n.id) : null) ??
      dayOfTime(n.mtime);
    const s = state.get(n.id) ?? 'live';
    return {
      ...n,
      state: s,
      live: s === 'live',
      resting: s === 'resting',
      lastActivity: last,
      evidenceCount: evs.length,
      stale: isStale(n.id, last),
      latest: evs[0] ?? null,
      routes: [...(onRoutes.get(n.id) ?? [])].sort(cmp),
    };
  });
  const node = new Map(nodes.map((n) => [n.id, n]));

  const routes: RouteRecord[] = nodes
    .filter((n) => n.kind === 'route')
    .map((n) => {
      const path = steps(n.id);
      const reaching = reachingRoute.get(n.id) ?? [];
      const recent = reaching.filter((ev) => inWindow(ev.date));
      const counts: SignalCounts = { wins: 0, setbacks: 0, insights: 0, shifts: 0 };
      let shared = 0;
      for (const ev of recent) {
        if (ev.signal) counts[COUNT_OF[ev.signal]]++;
        if (ev.routes.find((r) => r.id === n.id)?.shared) shared++;
      }
      const completedSteps = path
        .map((id) => ({ id, day: completedDay(id) }))
        .filter((s): s is { id: string; day: Day } => s.day !== null)
        .sort((a, b) => cmp(a.day, b.day) || cmp(a.id, b.id));
      const stepsCompleted = completedSteps.filter((s) => inWindow(s.day)).length;
      const trend = emptyTrend(today);
      for (const ev of reaching) {
        const month = monthOf(trend, ev.date);
        if (month && ev.signal) month[COUNT_OF[ev.signal]]++;
      }
      for (const s of completedSteps) {
        const month = monthOf(trend, s.day);
        if (month) month.stepsCompleted++;
      }
      const stepsDone = path.filter((s) => graph.byId.get(s)?.status === 'done').length;
      const lastActivity = newer(reaching[0]?.date ?? null, completedSteps.at(-1)?.day ?? null);
      const stale = isStale(n.id, lastActivity ?? dayOfTime(n.mtime));
      // The route's node record carries the same last activity and staleness.
      const own = node.get(n.id);
      if (own) {
        own.lastActivity = lastActivity ?? dayOfTime(n.mtime);
        own.stale = stale;
      }
      return {
        ...n,
        rank: 0,
        steps: path,
        outcomes: [...(outcomesOf.get(n.id) ?? [])].sort(cmp),
        stepsDone,
        stepsTotal: path.length,
        progress: path.length === 0 ? 0 : stepsDone / path.length,
        activity: recent.length,
        ...counts,
        stepsCompleted,
        advancement: counts.wins + stepsCompleted,
        uniqueEvidence: recent.length - shared,
        sharedEvidence: shared,
        trend,
        lastActivity,
        stale,
        evidence: reaching,
        completedSteps,
      };
    });
  const ranked = [...routes].sort(compareRank);
  ranked.forEach((r, i) => (r.rank = i + 1));

  const revisions = graph.revisions.filter((r) => r.date <= today);
  const history: RevisionHistory = {
    revisions,
    last: revisions.at(-1) ?? null,
    meanDays:
      revisions.length < 2
        ? null
        : Math.round(
            daysBetween(revisions[0]?.date ?? today, revisions.at(-1)?.date ?? today) /
              (revisions.length - 1),
          ),
  };

  const route = new Map(routes.map((r) => [r.id, r]));
  const base = { today, windowDays, windowStart, nodes, node, routes, ranked, route, evidence };
  const gaps = findGaps(base);
  return {
    ...base,
    gaps,
    history,
    health: findHealth({ ...base, history }, settings.revisionCadenceDays),
  };
}
