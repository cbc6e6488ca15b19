import type { Analysis, Finding, Gap, TrendMonth, Windows } from '../analyze/analyze';
import type { CarryOver } from '../analyze/carries-over';
import type { NextStep } from '../analyze/next-steps';
import type { HorizonCheck } from '../analyze/pace';
import type { EdgeKind, Graph } from '../graph/graph';
import type { Gauges, ModelKind } from '../read/note-schemas';
import type { Problem } from '../problem';

/** `report --json` (SPEC §6). The first fields of each record are a stable contract. */
export interface Report {
  today: string;
  /** The activity and advancement windows: their days and first days. */
  windows: Windows;
  nodes: {
    id: string;
    kind: ModelKind;
    title: string;
    status: string;
    live: boolean;
    resting: boolean;
    stale: boolean;
    category: string | null;
    risk: string | null;
    horizon: string | null;
    completed: string | null;
    resume: string | null;
    lastActivity: string;
    evidenceCount: number;
  }[];
  edges: { from: string; to: string; kind: EdgeKind; order?: number }[];
  /** Ranked: the route advancing fastest first. */
  routes: {
    id: string;
    rank: number;
    progress: number;
    stepsDone: number;
    stepsTotal: number;
    /** Advancement window: wins and steps completed. */
    advancement: number;
    /** Of `advancement`, its unique wins and unshared completions. */
    ownAdvancement: number;
    stepsCompleted: number;
    sharedCompletions: number;
    advancementWins: number;
    sharedWins: number;
    /** Activity window from here to `sharedEvidence`. */
    activity: number;
    wins: number;
    setbacks: number;
    insights: number;
    shifts: number;
    uniqueEvidence: number;
    sharedEvidence: number;
    trend: TrendMonth[];
    lastActivity: string | null;
    title: string;
    /** What words call it after naming it once in full. */
    shortName: string;
    status: string;
    risk: string | null;
    live: boolean;
    resting: boolean;
    stale: boolean;
    steps: string[];
    outcomes: string[];
    /** Steps a month over the advancement window; null unless live. */
    pace: number | null;
    remaining: number;
    arrival: string | null;
    arrived: boolean;
    horizons: HorizonCheck[];
    carriesOver: CarryOver[];
    gauges: Gauges | null;
    gaugesBefore: Gauges | null;
  }[];
  /** What to do next: candidate stones, ranked. */
  next: ReportNextStep[];
  /** The day of the revision `gaugesBefore` comes from. */
  gaugesSince: string | null;
  gaps: Gap[];
  health: Finding[];
  problems: Problem[];
}

/** One next step as `report --json` and `next --json` give it. */
export type ReportNextStep = Pick<NextStep, 'stone' | 'rank' | 'nextOn' | 'onRoutes' | 'outcomes'>;

/** The next steps of the analysis as the JSON contract has them. */
export const toReportNext = (next: readonly NextStep[]): ReportNextStep[] =>
  next.map((s) => ({
    stone: s.stone,
    rank: s.rank,
    nextOn: [...s.nextOn],
    onRoutes: [...s.onRoutes],
    outcomes: [...s.outcomes],
  }));

/** The report projects the analysis; it computes nothing of its own. */
export function toReport(graph: Graph, analysis: Analysis): Report {
  return {
    today: analysis.today,
    windows: { ...analysis.windows },
    nodes: analysis.nodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      title: n.title,
      status: n.status,
      live: n.liveStatus,
      resting: n.resting,
      stale: n.stale,
      category: n.category,
      risk: n.risk,
      horizon: n.horizon,
      completed: n.completed,
      resume: n.resume,
      lastActivity: n.lastActivity,
      evidenceCount: n.evidenceCount,
    })),
    edges: graph.edges.map((e) =>
      e.order === undefined ? { from: e.from, to: e.to, kind: e.kind } : { ...e },
    ),
    routes: analysis.ranked.map((r) => ({
      id: r.id,
      rank: r.rank,
      progress: r.progress,
      stepsDone: r.stepsDone,
      stepsTotal: r.stepsTotal,
      advancement: r.advancement,
      ownAdvancement: r.ownAdvancement,
      stepsCompleted: r.stepsCompleted,
      sharedCompletions: r.sharedCompletions,
      advancementWins: r.advancementWins,
      sharedWins: r.sharedWins,
      activity: r.activity,
      wins: r.wins,
      setbacks: r.setbacks,
      insights: r.insights,
      shifts: r.shifts,
      uniqueEvidence: r.uniqueEvidence,
      sharedEvidence: r.sharedEvidence,
      trend: r.trend.map((t) => ({ ...t })),
      lastActivity: r.lastActivity,
      title: r.title,
      shortName: r.shortName,
      status: r.status,
      risk: r.risk,
      live: r.liveStatus,
      resting: r.resting,
      stale: r.stale,
      steps: r.steps,
      outcomes: r.outcomes,
      pace: r.pace,
      remaining: r.remaining,
      arrival: r.arrival,
      arrived: r.arrived,
      horizons: r.horizons.map((h) => ({ ...h })),
      carriesOver: r.carriesOver.map((c) => ({ stone: c.stone, routes: [...c.routes] })),
      gauges: r.gauges && { ...r.gauges },
      gaugesBefore: r.gaugesBefore && { ...r.gaugesBefore },
    })),
    next: toReportNext(analysis.next),
    gaugesSince: analysis.gaugesSince,
    gaps: analysis.gaps.map((g) => ({ ...g })),
    health: analysis.health.map((f) => ({ ...f, notes: [...f.notes] })),
    problems: graph.problems.map((p) => ({ ...p })),
  };
}
