import type { Analysis, Gaps } from '../analyze/analyze';
import type { EdgeKind, Graph } from '../graph/graph';
import type { ModelKind } from '../read/note-schemas';
import type { Problem } from '../problem';

/** `report --json` (SPEC §6). The first fields of each record are a stable contract. */
export interface Report {
  today: string;
  nodes: {
    id: string;
    kind: ModelKind;
    title: string;
    status: string;
    category: string | null;
    risk: string | null;
    horizon: string | null;
    lastActivity: string;
    evidenceCount: number;
    stale: boolean;
  }[];
  edges: { from: string; to: string; kind: EdgeKind; order?: number }[];
  routes: {
    id: string;
    progress: number;
    stepsDone: number;
    stepsTotal: number;
    momentum: number;
    wins: number;
    setbacks: number;
    insights: number;
    shifts: number;
    lastActivity: string | null;
    stale: boolean;
    steps: string[];
  }[];
  gaps: Gaps;
  problems: Problem[];
}

export function toReport(graph: Graph, analysis: Analysis): Report {
  return {
    today: analysis.today,
    nodes: graph.nodes.map((n) => {
      const a = analysis.activity.get(n.id);
      return {
        id: n.id,
        kind: n.kind,
        title: n.title,
        status: n.status,
        category: n.category,
        risk: n.risk,
        horizon: n.horizon,
        lastActivity: a?.lastActivity ?? '',
        evidenceCount: a?.evidenceCount ?? 0,
        stale: a?.stale ?? false,
      };
    }),
    edges: graph.edges.map((e) =>
      e.order === undefined ? { from: e.from, to: e.to, kind: e.kind } : { ...e },
    ),
    routes: analysis.routes.map((r) => ({
      id: r.id,
      progress: r.progress,
      stepsDone: r.stepsDone,
      stepsTotal: r.stepsTotal,
      momentum: r.momentum,
      wins: r.wins,
      setbacks: r.setbacks,
      insights: r.insights,
      shifts: r.shifts,
      lastActivity: r.lastActivity,
      stale: r.stale,
      steps: r.steps,
    })),
    gaps: analysis.gaps,
    problems: graph.problems.map((p) => ({ ...p })),
  };
}
