import type { Analysis } from '../analyze/analyze';
import type { Day } from '../dates';
import type { Graph } from '../graph/graph';
import { signal as signalSchema } from '../read/note-schemas';
import { diffSnapshots, takeSnapshot, type Snapshot } from './snapshot';

export const REFLECTION_QUESTIONS = [
  'Which parts of your plan feel most rigid or vulnerable to disruption?',
  'What alternate routes have you considered but not yet mapped out?',
  'How often do you revise your assumptions based on new experience?',
];

/** The built-in revision template (SPEC §4); a note chosen in settings replaces it. */
export const DEFAULT_REVISION_TEMPLATE = `# {{title}}

## Outcomes
{{outcomes}}

## Routes
{{routes}}

## What changed since the last revision
{{changes}}

## Evidence since the last revision
{{evidence}}

## Gaps
{{gaps}}

## Reflection
{{questions}}
`;

export interface RevisionContext {
  graph: Graph;
  analysis: Analysis;
  /** The latest earlier revision: its day and the snapshot it recorded, if any. */
  previous: { date: Day; snapshot: Snapshot | null } | null;
  /** A wikilink to a vault path, as it should be written in the new note. */
  link: (path: string) => string;
}

const pct = (done: number, total: number) => (total === 0 ? 0 : Math.round((done / total) * 100));
const list = (lines: string[], empty: string) =>
  lines.length > 0 ? lines.join('\n') : `- ${empty}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The text of each model placeholder of the revision template. */
export function revisionSections(ctx: RevisionContext): Record<string, string> {
  const { graph, analysis, previous, link } = ctx;
  const node = (id: string) => graph.byId.get(id);
  const routeStats = new Map(analysis.routes.map((r) => [r.id, r]));

  const outcomes = graph.nodes
    .filter((n) => n.kind === 'outcome')
    .map((n) => {
      const facts = [n.status, n.category, n.horizon && `by ${n.horizon}`]
        .filter(Boolean)
        .join(', ');
      return `- ${link(n.id)} (${facts})`;
    });

  const routes = graph.nodes
    .filter((n) => n.kind === 'route')
    .map((n) => {
      const r = routeStats.get(n.id);
      if (!r) return `- ${link(n.id)}: ${n.status}`;
      return `- ${link(n.id)}: ${n.status}${n.risk ? `, ${n.risk} risk` : ''}; ${r.stepsDone}/${r.stepsTotal} steps done (${pct(r.stepsDone, r.stepsTotal)}%); momentum ${r.momentum} (${plural(r.wins, 'win')}, ${plural(r.setbacks, 'setback')})`;
    });

  let changes: string;
  if (!previous) changes = '- This is the first revision.';
  else if (!previous.snapshot) {
    changes = `- The previous revision (${previous.date}) has no snapshot of the model to compare with.`;
  } else {
    const d = diffSnapshots(previous.snapshot, takeSnapshot(graph, analysis));
    const name = (id: string) => (node(id) ? link(id) : id.replace(/\.md$/, ''));
    changes = list(
      [
        ...d.added.map((c) => `- Added ${c.kind} ${name(c.id)}`),
        ...d.removed.map((c) => `- Removed ${c.kind} ${name(c.id)}`),
        ...d.statusChanged.map((c) => `- ${name(c.id)}: ${c.from} → ${c.to}`),
        ...d.progressChanged.map(
          (c) => `- ${name(c.id)}: ${c.from[0]}/${c.from[1]} → ${c.to[0]}/${c.to[1]} steps done`,
        ),
      ],
      `No changes since ${previous.date}.`,
    );
  }

  const since = previous?.date ?? null;
  const recent = graph.evidence.filter(
    (e) => (since === null || e.date > since) && e.date <= analysis.today,
  );
  const groups: [string, (typeof recent)[number]['signal']][] = [
    ...signalSchema.options.map((s): [string, typeof s] => [
      `${s[0]?.toUpperCase()}${s.slice(1)}s`,
      s,
    ]),
    ['Other evidence', null],
  ];
  const evidenceLines: string[] = [];
  for (const [title, signal] of groups) {
    const items = recent
      .filter((e) => e.signal === signal)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (items.length === 0) continue;
    evidenceLines.push(`### ${title}`);
    for (const e of items)
      evidenceLines.push(`- ${e.date} ${link(e.file)}: ${e.targets.map(link).join(', ')}`);
  }
  const evidence =
    evidenceLines.length > 0
      ? evidenceLines.join('\n')
      : `- No evidence${since ? ` since ${since}` : ''}.`;

  const g = analysis.gaps;
  const gapLines = (
    [
      ['Outcomes no active or exploring route leads to', g.outcomesWithoutRoute],
      ['Stepping stones no route uses', g.unusedSkills],
      ['Routes without steps', g.routesWithoutSteps],
      ['Stepping stones without evidence', g.skillsWithoutEvidence],
    ] as const
  )
    .filter(([, ids]) => ids.length > 0)
    .map(([label, ids]) => `- ${label}: ${ids.map(link).join(', ')}`);

  return {
    outcomes: list(outcomes, 'No outcomes yet.'),
    routes: list(routes, 'No routes yet.'),
    changes,
    evidence,
    gaps: list(gapLines, 'No gaps.'),
    questions: REFLECTION_QUESTIONS.map((q) => `- ${q}\n  - `).join('\n'),
  };
}
