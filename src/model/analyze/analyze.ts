import { addDays, dayOfTime, daysBetween, type Day } from '../dates';
import type { Edge, Evidence, Graph, ModelNode } from '../graph/graph';
import { edgesFrom } from '../graph/edges-from';
import { titleOf } from '../read/note-input';
import { evidenceExcerpt } from '../read/excerpt';
import {
  DEFAULTS,
  isRouteStatus,
  noteState,
  type NoteState,
  type Signal,
} from '../read/note-schemas';
import { cmp } from '../problem';
import type { Settings } from '../settings';
import { findGaps } from './gaps';
import { findHealth } from './health';
import { carriesOverOf } from './carries-over';
import { findNextSteps } from './next-steps';
import { paceOf } from './pace';
import type {
  Analysis,
  EvidenceRecord,
  GaugesBefore,
  NodeRecord,
  RevisionHistory,
  RouteRecord,
  SignalCounts,
  Windows,
} from './records';
import { AnalysisMemo, type Structure } from './memo';
import { shortNames } from './short-names';
import { emptyTrend, monthOf } from './trend';

export * from './records';
export * from './verdict';
export { AnalysisMemo } from './memo';

const COUNT_OF: Record<Signal, keyof SignalCounts> = {
  win: 'wins',
  setback: 'setbacks',
  insight: 'insights',
  shift: 'shifts',
};

const newer = (a: Day | null, b: Day | null): Day | null =>
  a === null ? b : b === null ? a : a > b ? a : b;

/** Live routes first, then resting ones, then closed ones. */
const TIER: Record<NoteState, number> = { live: 0, resting: 1, closed: 2 };

/**
 * Routes live first, then resting, then closed; within each by advancement, then own
 * advancement, then progress, then title (then id, so the order is total).
 */
export function compareRank(a: RouteRecord, b: RouteRecord): number {
  return (
    TIER[a.state] - TIER[b.state] ||
    b.advancement - a.advancement ||
    b.ownAdvancement - a.ownAdvancement ||
    b.progress - a.progress ||
    cmp(a.title.toLowerCase(), b.title.toLowerCase()) ||
    cmp(a.id, b.id)
  );
}

/** A route's steps in order and its outcomes, from its edges (sorted by `from`). */
function pathOf(edges: Edge[], route: string): { steps: string[]; outcomes: string[] } {
  const steps: { to: string; order: number }[] = [];
  const outcomes: string[] = [];
  for (const e of edgesFrom(edges, route)) {
    if (e.kind === 'step') steps.push({ to: e.to, order: e.order ?? 0 });
    else if (e.kind === 'target') outcomes.push(e.to);
  }
  return { steps: steps.sort((a, b) => a.order - b.order).map((s) => s.to), outcomes };
}

/** Each route's id, state, steps and outcomes: what the structure is made from. */
function structureKey(
  routeIds: string[],
  steps: (route: string) => string[],
  outcomesOf: Map<string, string[]>,
  routeState: (id: string) => NoteState | undefined,
): string {
  return routeIds
    .map((r) =>
      [r, routeState(r), steps(r).join('\u0000'), (outcomesOf.get(r) ?? []).join('\u0000')].join(
        '\u0001',
      ),
    )
    .join('\u0002');
}

/** Routes' paths and outcomes, who uses each stone, and the routes each note is on. */
function structureOf(
  key: string,
  routeIds: string[],
  steps: (route: string) => string[],
  outcomesOf: Map<string, string[]>,
  routeState: (id: string) => NoteState | undefined,
): Structure {
  /** Live routes using each stone, to tell shared evidence from unique. */
  const liveUsers = new Map<string, Set<string>>();
  const usedBy = (state: NoteState) =>
    new Set(
      routeIds
        .filter((r) => routeState(r) === state)
        .flatMap((r) => [...steps(r), ...(outcomesOf.get(r) ?? [])]),
    );
  for (const r of routeIds) {
    if (routeState(r) !== 'live') continue;
    for (const s of steps(r)) liveUsers.set(s, (liveUsers.get(s) ?? new Set()).add(r));
  }
  // Resting passes down: what only resting routes use rests with them (closed ones count
  // for neither side).
  const live = usedBy('live');
  const restsWith = new Set([...usedBy('resting')].filter((n) => !live.has(n)));
  const routePaths = new Map(routeIds.map((r) => [r, [r, ...steps(r)]]));
  /** The routes each note is on (as the route itself or a step), to find them per evidence. */
  const routesOf = new Map<string, string[]>();
  for (const [r, notes] of routePaths)
    for (const n of new Set(notes)) {
      const list = routesOf.get(n) ?? [];
      list.push(r);
      routesOf.set(n, list);
    }
  const onRoutes = new Map<string, Set<string>>();
  for (const [r, notes] of routePaths)
    for (const n of [...notes, ...(outcomesOf.get(r) ?? [])])
      onRoutes.set(n, (onRoutes.get(n) ?? new Set()).add(r));
  return { key, liveUsers, restsWith, routePaths, routesOf, onRoutes };
}

/** One evidence note with the routes it reaches, shared or unique. */
function evidenceRecord(ev: Evidence, structure: Structure): EvidenceRecord {
  const { liveUsers, routePaths, routesOf } = structure;
  const targets = new Set(ev.targets);
  const candidates = [...new Set(ev.targets.flatMap((t) => routesOf.get(t) ?? []))].sort(cmp);
  const routes: EvidenceRecord['routes'] = [];
  for (const r of candidates) {
    const via = (routePaths.get(r) ?? []).filter((n) => targets.has(n));
    const unique = via.some((n) => n === r || [...(liveUsers.get(n) ?? [])].every((u) => u === r));
    routes.push({ id: r, shared: !unique, via: via[0] as string });
  }
  return {
    file: ev.file,
    title: titleOf(ev.file),
    date: ev.date,
    signal: ev.signal,
    happened: ev.happened,
    lesson: ev.lesson,
    excerpt: evidenceExcerpt(ev.happened, ev.lesson),
    targets: ev.targets,
    routes,
  };
}

const newestFirst = (a: EvidenceRecord, b: EvidenceRecord) =>
  cmp(b.date, a.date) || cmp(a.file, b.file);

/**
 * Brings the memo's evidence records and per-note and per-route lists from the last graph's
 * evidence to `current` (both sorted by file): only evidence notes that changed are touched,
 * and only the lists they are in are copied and sorted again.
 */
function updateEvidence(memo: AnalysisMemo, current: Evidence[], structure: Structure): void {
  const before = memo.evidence;
  const old = memo.records;
  const records: EvidenceRecord[] = [];
  let touched = before.length !== current.length;
  const changed = new Map<Map<string, EvidenceRecord[]>, Map<string, EvidenceRecord[]>>([
    [memo.evidenceFor, new Map()],
    [memo.reaching, new Map()],
  ]);
  /** The list of `key` in `lists`, copied once per update before it changes. */
  const edit = (lists: Map<string, EvidenceRecord[]>, key: string) => {
    const copies = changed.get(lists) as Map<string, EvidenceRecord[]>;
    let list = copies.get(key);
    if (!list) copies.set(key, (list = [...(lists.get(key) ?? [])]));
    return list;
  };
  const remove = (r: EvidenceRecord) => {
    touched = true;
    for (const t of r.targets) {
      const list = edit(memo.evidenceFor, t);
      list.splice(list.indexOf(r), 1);
    }
    for (const route of r.routes) {
      const list = edit(memo.reaching, route.id);
      list.splice(list.indexOf(r), 1);
    }
  };
  const add = (ev: Evidence) => {
    touched = true;
    const r = evidenceRecord(ev, structure);
    records.push(r);
    for (const t of r.targets) edit(memo.evidenceFor, t).push(r);
    for (const route of r.routes) edit(memo.reaching, route.id).push(r);
  };
  let i = 0;
  for (const ev of current) {
    while (i < before.length && (before[i] as Evidence).file < ev.file)
      remove(old[i++] as EvidenceRecord);
    if (before[i] === ev) records.push(old[i++] as EvidenceRecord);
    else {
      if (i < before.length && (before[i] as Evidence).file === ev.file)
        remove(old[i++] as EvidenceRecord);
      add(ev);
    }
  }
  while (i < before.length) remove(old[i++] as EvidenceRecord);
  for (const key of changed.get(memo.evidenceFor)?.keys() ?? []) memo.changedTargets.add(key);
  for (const [lists, copies] of changed)
    for (const [key, list] of copies) {
      if (list.length === 0) lists.delete(key);
      else lists.set(key, list.sort(newestFirst));
    }
  memo.evidence = current;
  // The same list while no evidence changed, so that what is derived from it can be kept.
  if (touched) memo.records = records;
}

/**
 * The model on a given day (SPEC §2): one record per note and per route with its state,
 * progress, activity, advancement, shared and unique evidence, trend, last activity and
 * staleness, and the gaps and health findings. "Today" is an argument, so results are
 * reproducible (the CLI's `--now`, tests). Evidence dated after today is ignored everywhere.
 *
 * `before` holds the gauges the revision before today recorded, read by the caller.
 *
 * `memo` carries records from the last analysis of the same index to this one, so that one
 * note changed costs what it touches; the answer is the same with or without it.
 */
export function analyze(
  graph: Graph,
  settings: Settings,
  today: Day,
  memo: AnalysisMemo = new AnalysisMemo(),
  before: GaugesBefore | null = null,
): Analysis {
  const windows: Windows = {
    activityDays: settings.activityDays,
    activityStart: addDays(today, -(settings.activityDays - 1)),
    advancementDays: settings.advancementDays,
    advancementStart: addDays(today, -(settings.advancementDays - 1)),
  };
  const inActivity = (day: Day | null) =>
    day !== null && day >= windows.activityStart && day <= today;
  const inAdvancement = (day: Day | null) =>
    day !== null && day >= windows.advancementStart && day <= today;

  // Structure: each route's ordered steps and outcomes, kept while its node is the same object.
  const paths = new Map<string, { from: ModelNode; steps: string[]; outcomes: string[] }>();
  for (const n of graph.nodes) {
    if (n.kind !== 'route') continue;
    const kept = memo.paths.get(n.id);
    paths.set(n.id, kept?.from === n ? kept : { from: n, ...pathOf(graph.edges, n.id) });
  }
  memo.paths = paths;
  const steps = (route: string) => paths.get(route)?.steps ?? [];
  const outcomesOf = new Map([...paths].map(([r, p]) => [r, p.outcomes]));

  /** A note's own state, from its status and `resume` day. */
  const ownState = (id: string) => {
    const n = graph.byId.get(id);
    return n ? noteState(n.kind, n.status, n.resume, today) : undefined;
  };
  const routeIds = graph.nodes.filter((n) => n.kind === 'route').map((n) => n.id);
  const key = structureKey(routeIds, steps, outcomesOf, ownState);
  const structure =
    (memo.keepFor(settings, today, key) ? memo.structure : null) ??
    structureOf(key, routeIds, steps, outcomesOf, ownState);
  memo.structure = structure;
  /** A note's state, a live one resting with the only routes that use it. */
  const stateOf = (id: string) => {
    const own = ownState(id);
    return own === 'live' && structure.restsWith.has(id) ? 'resting' : own;
  };
  const isLive = (id: string) => stateOf(id) === 'live';

  // Evidence up to today, each with the routes it reaches.
  // The index hands over the same evidence list while no evidence note changed.
  memo.changedTargets.clear();
  if (graph.evidence !== memo.source) {
    updateEvidence(
      memo,
      graph.evidence.filter((ev: Evidence) => ev.date <= today),
      structure,
    );
    memo.source = graph.evidence;
  }
  const evidence = memo.records;
  const evidenceFor = memo.evidenceFor;
  const reachingRoute = memo.reaching;
  const onRoutes = structure.onRoutes;
  /** Each route's missing steps: links to notes that do not exist yet, each counted once. */
  const missingSteps = new Map<string, Set<string>>();
  for (const g of graph.ghosts)
    if (g.after !== undefined)
      missingSteps.set(g.from, (missingSteps.get(g.from) ?? new Set()).add(g.name));
  const isDone = (id: string) => graph.byId.get(id)?.status === 'done';

  const completedDay = (id: string) => {
    const day = graph.byId.get(id)?.completed ?? null;
    return day !== null && day <= today ? day : null;
  };
  // Outcomes are hopes, not tasks: never stale.
  const isStale = (id: string, last: Day) =>
    isLive(id) &&
    graph.byId.get(id)?.kind !== 'outcome' &&
    daysBetween(last, today) > settings.staleDays;

  const nodeRecord = (n: ModelNode): NodeRecord => {
    const evs = evidenceFor.get(n.id) ?? [];
    const last =
      newer(evs[0]?.date ?? null, n.kind === 'skill' ? completedDay(n.id) : null) ??
      dayOfTime(n.mtime);
    const s = stateOf(n.id) ?? 'live';
    // Written out, not spread: a spread makes records of many shapes, and every reader slow.
    return {
      id: n.id,
      kind: n.kind,
      title: n.title,
      status: n.status,
      category: n.category,
      risk: n.risk,
      horizon: n.horizon,
      completed: n.completed,
      resume: n.resume,
      gauges: n.gauges,
      aliases: n.aliases,
      mtime: n.mtime,
      state: s,
      live: s === 'live',
      liveStatus: s === 'live' || noteState(n.kind, n.status, null, today) === 'live',
      resting: s === 'resting',
      lastActivity: last,
      evidenceCount: evs.length,
      stale: isStale(n.id, last),
      latest: evs[0] ?? null,
      routes: [...(onRoutes.get(n.id) ?? [])].sort(cmp),
    };
  };

  const routeRecords = (n: ModelNode): { node: NodeRecord; route: RouteRecord } => {
    const own = nodeRecord(n);
    const path = steps(n.id);
    const reaching = reachingRoute.get(n.id) ?? [];
    const sharedHere = (ev: EvidenceRecord) => ev.routes.find((r) => r.id === n.id)?.shared;
    const recent = reaching.filter((ev) => inActivity(ev.date));
    const counts: SignalCounts = { wins: 0, setbacks: 0, insights: 0, shifts: 0 };
    let shared = 0;
    for (const ev of recent) {
      if (ev.signal) counts[COUNT_OF[ev.signal]]++;
      if (sharedHere(ev)) shared++;
    }
    const wins = reaching.filter((ev) => ev.signal === 'win' && inAdvancement(ev.date));
    const sharedWins = wins.filter(sharedHere).length;
    const completedSteps = path
      .map((id) => ({ id, day: completedDay(id) }))
      .filter((s): s is { id: string; day: Day } => s.day !== null)
      .sort((a, b) => cmp(a.day, b.day) || cmp(a.id, b.id));
    const completed = completedSteps.filter((s) => inAdvancement(s.day));
    const stepsCompleted = completed.length;
    const sharedCompletions = completed.filter((s) =>
      [...(structure.liveUsers.get(s.id) ?? [])].some((r) => r !== n.id),
    ).length;
    const trend = emptyTrend(today);
    for (const ev of reaching) {
      const month = monthOf(trend, ev.date);
      if (month && ev.signal) month[COUNT_OF[ev.signal]]++;
    }
    for (const s of completedSteps) {
      const month = monthOf(trend, s.day);
      if (month) month.stepsCompleted++;
    }
    const stepsDone = path.filter(isDone).length;
    const lastActivity = newer(reaching[0]?.date ?? null, completedSteps.at(-1)?.day ?? null);
    const stale = isStale(n.id, lastActivity ?? dayOfTime(n.mtime));
    // The route's node record carries the same last activity and staleness.
    own.lastActivity = lastActivity ?? dayOfTime(n.mtime);
    own.stale = stale;
    const route: RouteRecord = {
      ...own,
      // A route note's status was read by the route schema: typed as a route's from here on.
      status: isRouteStatus(own.status) ? own.status : DEFAULTS.route.status,
      rank: 0,
      shortName: n.title,
      steps: path,
      outcomes: [...(outcomesOf.get(n.id) ?? [])].sort(cmp),
      stepsDone,
      stepsTotal: path.length,
      progress: path.length === 0 ? 0 : stepsDone / path.length,
      activity: recent.length,
      ...counts,
      uniqueEvidence: recent.length - shared,
      sharedEvidence: shared,
      stepsCompleted,
      sharedCompletions,
      advancementWins: wins.length,
      sharedWins,
      advancement: wins.length + stepsCompleted,
      ownAdvancement: wins.length - sharedWins + stepsCompleted - sharedCompletions,
      trend,
      lastActivity,
      stale,
      evidence: reaching,
      completedSteps,
      ...paceOf(
        {
          live: own.live,
          steps: path.length + (missingSteps.get(n.id)?.size ?? 0),
          remaining: path.length - stepsDone + (missingSteps.get(n.id)?.size ?? 0),
          completed: completedSteps.map((s) => s.day),
          outcomes: (outcomesOf.get(n.id) ?? []).flatMap((o) => {
            const horizon = graph.byId.get(o)?.horizon ?? null;
            return isLive(o) && horizon !== null ? [{ id: o, horizon }] : [];
          }),
        },
        today,
        windows.advancementDays,
      ),
      carriesOver: carriesOverOf(n.id, path, isDone, structure.liveUsers),
      gaugesBefore: before?.routes.get(n.id) ?? null,
    };
    return { node: own, route };
  };

  // Records whose inputs are the same objects as last time are reused.
  const sameAs = (a: unknown[], b: unknown[]) =>
    a.length === b.length && a.every((x, i) => x === b[i]);
  const routes: RouteRecord[] = [];
  // Where the graph has the node of last time at the same place and its evidence did not
  // change, its record is last time's, without looking anything up.
  const { nodeList, recordList, changedTargets } = memo;
  const aligned = nodeList.length === graph.nodes.length;
  const nodes: NodeRecord[] = graph.nodes.map((n, i) => {
    if (aligned && nodeList[i] === n && n.kind !== 'route' && !changedTargets.has(n.id))
      return recordList[i] as NodeRecord;
    if (n.kind === 'route') {
      const from = [
        n,
        evidenceFor.get(n.id),
        reachingRoute.get(n.id),
        ...steps(n.id).map((s) => graph.byId.get(s)),
        // Its outcomes (their horizons and states) and its gauges at the last revision.
        ...(outcomesOf.get(n.id) ?? []).map((o) => graph.byId.get(o)),
        before?.routes.get(n.id),
      ];
      let made = memo.routes.get(n.id);
      if (!made || !sameAs(made.from, from))
        memo.routes.set(n.id, (made = { from, ...routeRecords(n) }));
      routes.push(made.route);
      return made.node;
    }
    const evs = evidenceFor.get(n.id);
    let made = memo.nodes.get(n.id);
    if (!made || made.from !== n || made.evs !== evs)
      memo.nodes.set(n.id, (made = { from: n, evs, record: nodeRecord(n) }));
    return made.record;
  });
  // Forget notes that are gone (rarely: only when there are more records than notes).
  if (memo.nodes.size + memo.routes.size > nodes.length) {
    for (const id of memo.nodes.keys()) if (!graph.byId.has(id)) memo.nodes.delete(id);
    for (const id of memo.routes.keys()) if (!graph.byId.has(id)) memo.routes.delete(id);
  }
  memo.nodeList = graph.nodes;
  memo.recordList = nodes;
  const node = new Map(nodes.map((n) => [n.id, n]));

  // Ranks and short names: a record handed out before is never changed, so a new rank or
  // short name makes a new record.
  const ranked = [...routes].sort(compareRank);
  const rankOf = new Map(ranked.map((r, i) => [r.id, i + 1]));
  const shortOf = shortNames(routes);
  for (let i = 0; i < routes.length; i++) {
    const r = routes[i] as RouteRecord;
    const rank = rankOf.get(r.id) as number;
    const shortName = shortOf.get(r.id) as string;
    if (r.rank === rank && r.shortName === shortName) continue;
    const made = memo.routes.get(r.id);
    routes[i] = { ...r, rank, shortName };
    if (made) made.route = routes[i] as RouteRecord;
  }
  const route = new Map(routes.map((r) => [r.id, r]));
  for (let i = 0; i < ranked.length; i++)
    ranked[i] = route.get((ranked[i] as RouteRecord).id) as RouteRecord;

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

  const base = { today, windows, nodes, node, routes, ranked, route, evidence };
  const gaps = findGaps(base);
  return {
    ...base,
    gaps,
    history,
    health: findHealth({ ...base, history, ghosts: graph.ghosts }, settings.revisionCadenceDays),
    next: findNextSteps(routes, node, (stone) =>
      edgesFrom(graph.edges, stone).flatMap((e) => (e.kind === 'supports' ? [e.to] : [])),
    ),
    gaugesSince: before?.date ?? null,
  };
}
