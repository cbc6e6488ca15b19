import * as z from 'zod/mini';
import type { Analysis, GaugesBefore } from '../analyze/analyze';
import type { Day } from '../dates';
import type { Graph } from '../graph/graph';
import { cmp } from '../problem';
import { gauge, MODEL_KINDS, type Gauges } from '../read/note-schemas';
import { once } from '../once';

// What a revision remembers of the model, so the next revision can say what changed. Kept in
// the revision note as an Obsidian comment, apart from the prose the user edits. Built on first
// use; unknown keys are dropped, and a part of the wrong shape refuses the whole snapshot,
// except the gauges, which are dropped alone.

/** One gauge as recorded: a whole number 1–5, or null when it was not written. */
const g = () => z.nullable(z.number().check(z.int(), z.gte(1), z.lte(5)));

/** [id, resources, likeability, confidence, coherence] of every route with gauges. */
const gaugesSchema = once(() => z.array(z.tuple([z.string(), g(), g(), g(), g()])));

const snapshotSchema = once(() =>
  z.object({
    v: z.literal(1),
    date: z.string(),
    /** [id, kind, status] of every model note. */
    nodes: z.array(z.tuple([z.string(), z.enum(MODEL_KINDS), z.string()])),
    /** [id, stepsDone, stepsTotal] of every route. */
    routes: z.array(z.tuple([z.string(), z.number(), z.number()])),
    /** Read on its own by `readSnapshot`: older snapshots have none, damaged ones are dropped. */
    gauges: z.optional(z.unknown()),
  }),
);

export type Snapshot = Omit<z.infer<ReturnType<typeof snapshotSchema>>, 'gauges'> & {
  gauges?: z.infer<ReturnType<typeof gaugesSchema>>;
};

const MARK = 'work-model-snapshot';
/** A snapshot block: its own lines, the JSON on the one between the marker and the close. */
const BLOCK = new RegExp(`^%%[ \\t]*${MARK}[ \\t]*\\r?\\n([^\\r\\n]*)\\r?\\n[ \\t]*%%`, 'gm');

export function takeSnapshot(graph: Graph, analysis: Analysis): Snapshot {
  const snapshot: Snapshot = {
    v: 1,
    date: analysis.today,
    nodes: graph.nodes.map((n) => [n.id, n.kind, n.status]),
    routes: analysis.routes.map((r) => [r.id, r.stepsDone, r.stepsTotal]),
  };
  const gauges = analysis.routes.flatMap((r): NonNullable<Snapshot['gauges']> => {
    const v = r.gauges;
    return v ? [[r.id, v.resources, v.likeability, v.confidence, v.coherence]] : [];
  });
  if (gauges.length > 0) snapshot.gauges = gauges;
  return snapshot;
}

/** The gauges a revision's snapshot recorded, by route; null without a snapshot or gauges. */
export function gaugesBefore(
  previous: { date: Day; snapshot: Snapshot | null } | null,
): GaugesBefore | null {
  const recorded = previous?.snapshot?.gauges ?? [];
  if (!previous || recorded.length === 0) return null;
  const routes = new Map<string, Gauges>();
  for (const [id, ...values] of recorded)
    routes.set(
      id,
      Object.fromEntries(gauge.options.map((g, i) => [g, values[i] ?? null])) as Gauges,
    );
  return { date: previous.date, routes };
}

/** The snapshot as a comment block: hidden in reading view, untouched by edits to the prose. */
export function encodeSnapshot(snapshot: Snapshot): string {
  return `%% ${MARK}\n${JSON.stringify(snapshot)}\n%%\n`;
}

/**
 * The revision's own snapshot: the last block of the note, where the plugin and the CLI write
 * it, below everything a template or a note name could bring in; null when there is none or
 * it was damaged. An earlier block (a template copied from an old revision) is prose.
 */
export function decodeSnapshot(text: string): Snapshot | null {
  const m = [...text.matchAll(BLOCK)].at(-1);
  if (!m) return null;
  try {
    return readSnapshot(JSON.parse(m[1] ?? ''));
  } catch {
    return null;
  }
}

/** A snapshot from parsed JSON, or null when it is not one. */
function readSnapshot(json: unknown): Snapshot | null {
  const read = snapshotSchema().safeParse(json);
  if (!read.success) return null;
  // Damaged gauges are dropped alone, not the whole snapshot. Parsed apart rather than with
  // zod's `catch`, which alone would add 10 KB of zod to main.js.
  const { gauges, ...rest } = read.data;
  const kept = gauges === undefined ? undefined : gaugesSchema().safeParse(gauges);
  return kept?.success ? { ...rest, gauges: kept.data } : rest;
}

export interface ModelChanges {
  added: { id: string; kind: string }[];
  removed: { id: string; kind: string }[];
  statusChanged: { id: string; kind: string; from: string; to: string }[];
  progressChanged: { id: string; from: [number, number]; to: [number, number] }[];
}

/** What changed between two snapshots, each list sorted by id. */
export function diffSnapshots(before: Snapshot, after: Snapshot): ModelChanges {
  const old = new Map(before.nodes.map(([id, kind, status]) => [id, { kind, status }]));
  const now = new Map(after.nodes.map(([id, kind, status]) => [id, { kind, status }]));
  const changes: ModelChanges = { added: [], removed: [], statusChanged: [], progressChanged: [] };
  for (const [id, n] of now) {
    const o = old.get(id);
    if (!o) changes.added.push({ id, kind: n.kind });
    else if (o.status !== n.status)
      changes.statusChanged.push({ id, kind: n.kind, from: o.status, to: n.status });
  }
  for (const [id, o] of old) if (!now.has(id)) changes.removed.push({ id, kind: o.kind });
  const oldRoutes = new Map(before.routes.map(([id, d, t]) => [id, [d, t] as [number, number]]));
  for (const [id, d, t] of after.routes) {
    const o = oldRoutes.get(id);
    if (o && (o[0] !== d || o[1] !== t)) changes.progressChanged.push({ id, from: o, to: [d, t] });
  }
  for (const list of Object.values(changes) as { id: string }[][])
    list.sort((a, b) => cmp(a.id, b.id));
  return changes;
}
