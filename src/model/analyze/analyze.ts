import { addDays, dayOfTime, daysBetween, type Day } from '../dates';
import type { Evidence, Graph, ModelNode } from '../graph/graph';
import { cmp } from '../problem';
import type { Settings } from '../settings';

/** The route comparison: how far a route is and how fast it moves. */
export interface RouteStats {
  id: string;
  /** Step ids in order. */
  steps: string[];
  stepsDone: number;
  stepsTotal: number;
  /** stepsDone / stepsTotal; 0 without steps. */
  progress: number;
  /** Evidence notes dated inside the momentum window for the route or any of its steps. */
  momentum: number;
  wins: number;
  setbacks: number;
  insights: number;
  shifts: number;
  /** Newest evidence date of the route or its steps, up to today; null without any. */
  lastActivity: Day | null;
  stale: boolean;
}

export interface NodeActivity {
  /** Newest evidence date up to today, else the file's modification day. */
  lastActivity: Day;
  evidenceCount: number;
  stale: boolean;
}

export interface Gaps {
  /** Outcomes that no active or exploring route targets. */
  outcomesWithoutRoute: string[];
  /** Skills that no route uses as a step. */
  unusedSkills: string[];
  routesWithoutSteps: string[];
  /** Skills with no evidence at all. */
  skillsWithoutEvidence: string[];
}

export interface Analysis {
  today: Day;
  routes: RouteStats[];
  activity: ReadonlyMap<string, NodeActivity>;
  gaps: Gaps;
}

const LIVE_ROUTE = new Set(['active', 'exploring']);

/**
 * Progress, momentum, last activity, staleness and gaps of a graph on a given day. "Today" is
 * an argument so that results are reproducible (the CLI's `--now`, tests).
 */
export function analyze(graph: Graph, settings: Settings, today: Day): Analysis {
  const windowStart = addDays(today, -(settings.momentumDays - 1));
  const evidenceFor = new Map<string, Evidence[]>();
  for (const ev of graph.evidence) {
    for (const target of ev.targets) {
      const list = evidenceFor.get(target);
      if (list) list.push(ev);
      else evidenceFor.set(target, [ev]);
    }
  }
  const newest = (evs: Iterable<Evidence>): Day | null => {
    let best: Day | null = null;
    for (const ev of evs) if (ev.date <= today && (best === null || ev.date > best)) best = ev.date;
    return best;
  };
  const isStale = (last: Day) => daysBetween(last, today) > settings.staleDays;

  const stepsOf = new Map<string, { to: string; order: number }[]>();
  const targeted = new Set<string>();
  const usedSkills = new Set<string>();
  for (const edge of graph.edges) {
    if (edge.kind === 'step') {
      const list = stepsOf.get(edge.from) ?? [];
      list.push({ to: edge.to, order: edge.order ?? 0 });
      stepsOf.set(edge.from, list);
      usedSkills.add(edge.to);
    } else if (edge.kind === 'target' && LIVE_ROUTE.has(graph.byId.get(edge.from)?.status ?? '')) {
      targeted.add(edge.to);
    }
  }

  const routeStats = (route: ModelNode): RouteStats => {
    const steps = (stepsOf.get(route.id) ?? []).sort((a, b) => a.order - b.order).map((s) => s.to);
    const stepsDone = steps.filter((s) => graph.byId.get(s)?.status === 'done').length;
    // One evidence note is one data point, however many of the route's notes it links.
    const related = new Set<Evidence>();
    for (const id of [route.id, ...steps])
      for (const ev of evidenceFor.get(id) ?? []) related.add(ev);
    const recent = [...related].filter((ev) => ev.date >= windowStart && ev.date <= today);
    const count = (signal: string) => recent.filter((ev) => ev.signal === signal).length;
    const lastActivity = newest(related);
    return {
      id: route.id,
      steps,
      stepsDone,
      stepsTotal: steps.length,
      progress: steps.length === 0 ? 0 : stepsDone / steps.length,
      momentum: recent.length,
      wins: count('win'),
      setbacks: count('setback'),
      insights: count('insight'),
      shifts: count('shift'),
      lastActivity,
      stale: isStale(lastActivity ?? dayOfTime(route.mtime)),
    };
  };

  const routes: RouteStats[] = [];
  const activity = new Map<string, NodeActivity>();
  for (const node of graph.nodes) {
    const evs = evidenceFor.get(node.id) ?? [];
    if (node.kind === 'route') {
      const stats = routeStats(node);
      routes.push(stats);
      const last = stats.lastActivity ?? dayOfTime(node.mtime);
      activity.set(node.id, { lastActivity: last, evidenceCount: evs.length, stale: stats.stale });
    } else {
      const last = newest(evs) ?? dayOfTime(node.mtime);
      activity.set(node.id, {
        lastActivity: last,
        evidenceCount: evs.length,
        stale: isStale(last),
      });
    }
  }

  const ids = (pred: (n: ModelNode) => boolean) =>
    graph.nodes
      .filter(pred)
      .map((n) => n.id)
      .sort(cmp);
  return {
    today,
    routes,
    activity,
    gaps: {
      outcomesWithoutRoute: ids((n) => n.kind === 'outcome' && !targeted.has(n.id)),
      unusedSkills: ids((n) => n.kind === 'skill' && !usedSkills.has(n.id)),
      routesWithoutSteps: ids((n) => n.kind === 'route' && !stepsOf.has(n.id)),
      skillsWithoutEvidence: ids((n) => n.kind === 'skill' && !evidenceFor.has(n.id)),
    },
  };
}
