import type {
  Analysis,
  EvidenceRecord,
  Finding,
  RouteRecord,
  Windows,
} from '../../analyze/records';
import type { Day } from '../../dates';
import type { Graph } from '../../graph/graph';
import type { Problem } from '../../problem';
import { titleOf } from '../../read/note-input';
import type { ModelStatus, Signal } from '../../read/note-schemas';
import type { NextStep } from '../../analyze/next-steps';

/** What a node on the map is. `now` is the single origin; `ghost` a link to a missing note. */
export type MapKind = 'now' | 'outcome' | 'skill' | 'route' | 'ghost' | 'evidence';

/**
 * A node's status as its note has it: a model note's own, an evidence note's signal, `missing`
 * for a ghost, empty for Now and for evidence without a signal.
 */
export type MapStatus = ModelStatus | Signal | 'missing' | '';

export interface MapNode {
  id: string;
  kind: MapKind;
  title: string;
  status: MapStatus;
  category: string | null;
  stale: boolean;
  lastActivity: string | null;
  evidenceCount: number;
  /** An outcome's horizon as written (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); null otherwise. */
  horizon: string | null;
  aliases: readonly string[];
  /**
   * Resting (a paused route, a `resume` day after today, or a stone or outcome only resting
   * routes use): drawn faded, never hidden.
   */
  resting: boolean;
  /** Signals of the evidence linking this note, for search ("setback"). */
  signals: string[];
  /**
   * The newest evidence for this note: what the tooltip shows. `excerpt` is what happened,
   * then " — Lesson: " and the lesson (what search reads); `happened` and `lesson` apart, for
   * a view that shows the lesson on a line of its own.
   */
  latest: Pick<
    EvidenceRecord,
    'file' | 'date' | 'signal' | 'excerpt' | 'happened' | 'lesson'
  > | null;
}

/** A route's figures (as the analysis gives them) with what the map shows beside them. */
export interface MapRoute extends RouteRecord {
  title: string;
  risk: string | null;
  outcomes: string[];
  /**
   * Missing notes linked as steps, each with how many steps come before it: drawn as dashed
   * ghosts in their slot on the route's line.
   */
  missingSteps: { name: string; after: number }[];
  /** The windows its figures count, so that every figure can say its window. */
  windows: Windows;
}

/**
 * Everything the map shows, as plain JSON: the plugin builds it from its live index, the CLI
 * embeds it in the standalone page. Sorted by id, so the same notes give the same map.
 */
export interface MapModel {
  today: string;
  nodes: MapNode[];
  routes: MapRoute[];
  /** `supports` (skill → outcome), `evidence` (note → node) and `missing` (note → ghost). */
  links: { from: string; to: string; kind: 'supports' | 'evidence' | 'missing' }[];
  problems: Problem[];
  /** The activity and advancement windows. */
  windows: Windows;
  /** The health findings, answering the three reflection questions. */
  health: Finding[];
  /** What to do next: candidate stones, ranked (each route's pace, arrival and gauges are on it). */
  next: NextStep[];
  /** The day of the revision the routes' `gaugesBefore` come from. */
  gaugesSince: Day | null;
}

export const NOW = '__now__';

const BLANK = {
  stale: false,
  lastActivity: null,
  evidenceCount: 0,
  horizon: null,
  aliases: [],
  resting: false,
  signals: [],
  latest: null,
} satisfies Partial<MapNode>;

/** The signals of each node's evidence, for search, in one pass. */
function signalsOf(graph: Graph, today: string): Map<string, string[]> {
  const signals = new Map<string, string[]>();
  for (const ev of graph.evidence) {
    if (ev.date > today || !ev.signal) continue;
    for (const t of ev.targets) {
      const list = signals.get(t) ?? [];
      if (!list.includes(ev.signal)) list.push(ev.signal);
      signals.set(t, list);
    }
  }
  return signals;
}
export const ghostId = (name: string) => `ghost:${name}`;

export function toMapModel(graph: Graph, analysis: Analysis): MapModel {
  const signals = signalsOf(graph, analysis.today);
  const nodes: MapNode[] = [
    {
      id: NOW,
      kind: 'now',
      title: 'Now',
      status: '',
      category: null,
      ...BLANK,
    },
  ];
  for (const n of graph.nodes) {
    const a = analysis.node.get(n.id);
    nodes.push({
      id: n.id,
      kind: n.kind,
      title: n.title,
      status: n.status,
      category: n.category,
      ...BLANK,
      stale: a?.stale ?? false,
      lastActivity: a?.lastActivity ?? null,
      evidenceCount: a?.evidenceCount ?? 0,
      horizon: n.horizon,
      aliases: n.aliases,
      resting: a?.resting ?? false,
      signals: signals.get(n.id) ?? [],
      latest: a?.latest
        ? {
            file: a.latest.file,
            date: a.latest.date,
            signal: a.latest.signal,
            excerpt: a.latest.excerpt,
            happened: a.latest.happened,
            lesson: a.latest.lesson,
          }
        : null,
    });
  }
  const links: MapModel['links'] = [];
  const ghosts = new Set<string>();
  for (const g of graph.ghosts) {
    if (!ghosts.has(g.name)) {
      ghosts.add(g.name);
      nodes.push({
        id: ghostId(g.name),
        kind: 'ghost',
        title: g.name,
        status: 'missing',
        category: null,
        ...BLANK,
      });
    }
    // A missing step sits on its route's line; other missing notes hang off the note naming them.
    if (g.after === undefined) links.push({ from: g.from, to: ghostId(g.name), kind: 'missing' });
  }
  for (const ev of graph.evidence) {
    nodes.push({
      id: ev.file,
      kind: 'evidence',
      title: titleOf(ev.file),
      status: ev.signal ?? '',
      category: null,
      ...BLANK,
      lastActivity: ev.date,
      signals: ev.signal ? [ev.signal] : [],
    });
    for (const t of ev.targets) links.push({ from: ev.file, to: t, kind: 'evidence' });
  }
  for (const e of graph.edges)
    if (e.kind === 'supports') links.push({ from: e.from, to: e.to, kind: 'supports' });
  // Each route's outcomes, in one pass over the edges rather than one pass per route.
  const targets = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind === 'target') targets.set(e.from, [...(targets.get(e.from) ?? []), e.to]);
  }
  const missing = new Map<string, MapRoute['missingSteps']>();
  for (const g of graph.ghosts) {
    if (g.after === undefined) continue;
    const list = missing.get(g.from) ?? [];
    // A name listed twice is one ghost, at its first place.
    if (!list.some((m) => m.name === g.name)) list.push({ name: g.name, after: g.after });
    missing.set(g.from, list);
  }
  const routes = analysis.routes.map((r) => {
    const node = graph.byId.get(r.id);
    return {
      ...r,
      title: node?.title ?? r.id,
      risk: node?.risk ?? null,
      outcomes: targets.get(r.id) ?? [],
      missingSteps: missing.get(r.id) ?? [],
      windows: analysis.windows,
    };
  });
  // An evidence note that is also a model note is drawn once, as the model note.
  const seen = new Set<string>();
  const unique = nodes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true)));
  return {
    today: analysis.today,
    nodes: unique,
    routes,
    links,
    problems: graph.problems,
    windows: analysis.windows,
    health: analysis.health,
    next: analysis.next,
    gaugesSince: analysis.gaugesSince,
  };
}
