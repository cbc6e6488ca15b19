import type { Analysis } from '../analyze/analyze';
import type { Graph } from '../graph/graph';

/** A table cell: text, and the note it opens when it names one. */
export interface Cell {
  text: string;
  path?: string;
}

export interface Table {
  headers: string[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  empty: string;
}

export const TABLE_KINDS = ['routes', 'outcomes', 'gaps'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/**
 * Options of a `work-model` code block, one `key: value` a line: `show: routes|outcomes|gaps`
 * and, for routes, `status: active, exploring` to list only those.
 */
export function parseBlockOptions(source: string): {
  show: TableKind;
  statuses: string[] | null;
  error: string | null;
} {
  let show: TableKind = 'routes';
  let statuses: string[] | null = null;
  let error: string | null = null;
  for (const line of source.split('\n')) {
    const m = /^\s*([a-z]+)\s*:\s*(.*?)\s*$/i.exec(line);
    if (!m) {
      if (line.trim() && error === null)
        error = `"${line.trim()}" is not an option; write "show: routes", "show: outcomes" or "show: gaps".`;
      continue;
    }
    const key = (m[1] ?? '').toLowerCase();
    const value = (m[2] ?? '').toLowerCase();
    if (key === 'show') {
      if ((TABLE_KINDS as readonly string[]).includes(value)) show = value as TableKind;
      else error ??= `show: "${value}" is not known; use routes, outcomes or gaps.`;
    } else if (key === 'status') statuses = value.split(/[\s,]+/).filter(Boolean);
    else error ??= `"${key}" is not an option; the options are show and status.`;
  }
  return { show, statuses, error };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function buildTable(
  kind: TableKind,
  graph: Graph,
  analysis: Analysis,
  statuses: string[] | null = null,
): Table {
  const title = (id: string): Cell => ({ text: graph.byId.get(id)?.title ?? id, path: id });
  if (kind === 'routes') {
    const rows = analysis.routes
      .filter((r) => !statuses || statuses.includes(graph.byId.get(r.id)?.status ?? ''))
      .map((r) => [
        title(r.id),
        { text: graph.byId.get(r.id)?.status ?? '' },
        { text: `${pct(r.progress)} (${r.stepsDone}/${r.stepsTotal})` },
        { text: String(r.momentum) },
        { text: String(r.wins) },
        { text: String(r.setbacks) },
        { text: r.lastActivity ?? '—' },
      ]);
    return {
      headers: ['Route', 'Status', 'Progress', 'Momentum', 'Wins', 'Setbacks', 'Last activity'],
      rows,
      empty: 'No routes yet. Use "Add route" to map one.',
    };
  }
  if (kind === 'outcomes') {
    const leading = new Map<string, number>();
    for (const e of graph.edges) {
      const status = graph.byId.get(e.from)?.status ?? '';
      if (e.kind === 'target' && (status === 'active' || status === 'exploring'))
        leading.set(e.to, (leading.get(e.to) ?? 0) + 1);
    }
    const rows = graph.nodes
      .filter((n) => n.kind === 'outcome')
      .map((n) => [
        title(n.id),
        { text: n.category ?? '—' },
        { text: n.status },
        { text: n.horizon ?? '—' },
        { text: String(leading.get(n.id) ?? 0) },
        { text: analysis.activity.get(n.id)?.lastActivity ?? '—' },
      ]);
    return {
      headers: ['Outcome', 'Category', 'Status', 'Horizon', 'Live routes', 'Last activity'],
      rows,
      empty: 'No outcomes yet. Use "Add outcome" to name one.',
    };
  }
  const g = analysis.gaps;
  const rows: Cell[][] = [];
  const add = (label: string, ids: string[]) =>
    ids.forEach((id) => rows.push([{ text: label }, title(id)]));
  add('No active or exploring route leads here', g.outcomesWithoutRoute);
  add('No route uses this stepping stone', g.unusedSkills);
  add('Route without steps', g.routesWithoutSteps);
  add('No evidence yet', g.skillsWithoutEvidence);
  return { headers: ['Gap', 'Note'], rows, empty: 'No gaps.' };
}
