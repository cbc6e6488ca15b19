import { verdictOf, type Analysis, type EvidenceRecord } from '../analyze/analyze';
import type { Day } from '../dates';
import type { Graph } from '../graph/graph';
import { cmp } from '../problem';
import {
  GAP_LABELS,
  QUESTIONS,
  REFLECTION_QUESTIONS,
  routeFigureText as say,
  trendText,
} from './labels';
import { arrivalText, gaugesText, nextStepText } from './plan-text';
import { diffSnapshots, takeSnapshot, type Snapshot } from './snapshot';
import { verdictSentence } from './verdict-text';

/** The built-in revision template (SPEC §4); a note chosen in settings replaces it. */
export const DEFAULT_REVISION_TEMPLATE = `# {{title}}

## What to do next
{{next}}

## At this pace
{{arrival}}

## Gauges
{{gauges}}

## Outcomes
{{outcomes}}

## Routes
{{routes}}

## Which route advances faster
{{compare}}

## What changed since the last revision
{{changes}}

## Evidence since the last revision
{{evidence}}

## Gaps
{{gaps}}

## Reflection
{{questions}}
`;

/** Asked after every setback and shift: a data point, not a dead end. */
const SETBACK_PROMPTS = [
  'What did it teach?',
  'Which assumption does it test?',
  'What changes in the model?',
];

export interface RevisionContext {
  graph: Graph;
  analysis: Analysis;
  /** The latest earlier revision: its day and the snapshot it recorded, if any. */
  previous: { date: Day; snapshot: Snapshot | null } | null;
  /** A wikilink to a vault path, as it should be written in the new note. */
  link: (path: string) => string;
}

/** A note's name or words on one line: a line break in a name cannot start a block of its own. */
const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, ' ');

const list = (lines: string[], empty: string) =>
  lines.length > 0 ? lines.join('\n') : `- ${empty}`;

/** The text of each model placeholder of the revision template. */
export function revisionSections(ctx: RevisionContext): Record<string, string> {
  const { graph, analysis, previous } = ctx;
  const link = (id: string) => oneLine(ctx.link(id));
  const named = (id: string) =>
    analysis.node.has(id) ? link(id) : oneLine(id.replace(/\.md$/, ''));
  const links = (ids: string[]) => ids.map(link).join(', ');

  const outcomes = analysis.nodes
    .filter((n) => n.kind === 'outcome')
    .map((n) => {
      const facts = [
        n.status,
        n.resting && n.resume ? `resting until ${n.resume}` : null,
        n.category,
        n.horizon && `by ${n.horizon}`,
      ]
        .filter(Boolean)
        .join(', ');
      return `- ${link(n.id)} (${facts})`;
    });

  const routes = analysis.ranked.map(
    (r) =>
      `- ${link(r.id)}: ${r.status}${r.risk ? `, ${r.risk} risk` : ''}${r.resting && r.resume ? `, resting until ${r.resume}` : ''}; ${say.steps(r)}; ${say.advancement(r, analysis.windows)}; ${say.activity(r, analysis.windows)}`,
  );

  const live = analysis.ranked.filter((r) => r.live);
  const [first, second] = live;
  const compare = live.map(
    (r, i) =>
      `${i + 1}. ${link(r.id)}: ${say.advancement(r, analysis.windows)}; ${say.steps(r)}\n   - ${say.activity(r, analysis.windows)}\n   - ${trendText(r.trend)}`,
  );

  let changes: string;
  if (!previous) changes = '- This is the first revision.';
  else if (!previous.snapshot) {
    changes = `- The previous revision (${previous.date}) has no snapshot of the model to compare with.`;
  } else {
    const d = diffSnapshots(previous.snapshot, takeSnapshot(graph, analysis));
    changes = list(
      [
        ...d.added.map((c) => `- Added ${c.kind} ${named(c.id)}`),
        ...d.removed.map((c) => `- Removed ${c.kind} ${named(c.id)}`),
        ...d.statusChanged.map((c) => `- ${named(c.id)}: ${c.from} → ${c.to}`),
        ...d.progressChanged.map(
          (c) => `- ${named(c.id)}: ${c.from[0]}/${c.from[1]} → ${c.to[0]}/${c.to[1]} steps done`,
        ),
      ],
      `No changes since ${previous.date}.`,
    );
  }

  const since = previous?.date ?? null;
  const recent = analysis.evidence
    .filter((e) => since === null || e.date > since)
    .sort((a, b) => cmp(a.date, b.date) || cmp(a.file, b.file));
  const item = (e: EvidenceRecord, shared: boolean) => {
    const lines = [
      `- ${e.date} ${e.signal ?? 'note'} ${link(e.file)}${e.excerpt ? `: ${oneLine(e.excerpt)}` : ''}${shared ? ' (shared)' : ''}`,
    ];
    if (e.signal === 'setback' || e.signal === 'shift')
      lines.push(...SETBACK_PROMPTS.map((p) => `  - ${p} `));
    return lines;
  };
  const evidenceLines: string[] = [];
  for (const r of analysis.ranked) {
    const items = recent.filter((e) => e.routes.some((x) => x.id === r.id));
    if (items.length === 0) continue;
    evidenceLines.push(`### ${link(r.id)}`);
    for (const e of items)
      evidenceLines.push(...item(e, e.routes.find((x) => x.id === r.id)?.shared ?? false));
  }
  const offRoute = recent.filter((e) => e.routes.length === 0);
  if (offRoute.length > 0) {
    evidenceLines.push('### Not on a route');
    for (const e of offRoute) evidenceLines.push(...item(e, false));
  }
  const evidence =
    evidenceLines.length > 0
      ? evidenceLines.join('\n')
      : `- No evidence${since ? ` since ${since}` : ''}.`;

  const gapLines = (Object.keys(GAP_LABELS) as (keyof typeof GAP_LABELS)[])
    .map((kind) => [kind, analysis.gaps.filter((g) => g.kind === kind).map((g) => g.id)] as const)
    .filter(([, ids]) => ids.length > 0)
    .map(([kind, ids]) => `- ${GAP_LABELS[kind]}: ${links(ids)}`);

  const finding = (f: Analysis['health'][number]) =>
    `${oneLine(f.message)}${f.notes.length > 0 ? ` (${links(f.notes)})` : ''}`;

  const next = analysis.next.map((s) => `${s.rank}. ${nextStepText(s, link)}`);
  const arrival = analysis.ranked
    .filter((r) => r.live || r.resting)
    .map((r) => `- ${link(r.id)}: ${arrivalText(r, link, analysis.windows.advancementDays)}`);
  const gauges = analysis.ranked.flatMap((r) => {
    const text = gaugesText(r, analysis.gaugesSince);
    return text ? [`- ${link(r.id)}: ${text}`] : [];
  });

  return {
    next: list(next, 'No next step: no live route has a stepping stone left to do.'),
    arrival: list(arrival, 'No live routes.'),
    gauges: list(
      gauges,
      'No gauges yet: give a route resources, likeability, confidence and coherence, each 1 to 5.',
    ),
    outcomes: list(outcomes, 'No outcomes yet.'),
    routes: list(routes, 'No routes yet.'),
    compare: list(
      first && second
        ? [
            `${link(first.id)} vs ${link(second.id)}: ${verdictSentence(verdictOf(analysis, first, second))}`,
            '',
            ...compare,
          ]
        : compare,
      'No live routes to compare.',
    ),
    changes,
    evidence,
    gaps: list(gapLines, 'No gaps.'),
    health: list(
      analysis.health.map((f) => `- ${finding(f)}`),
      'Nothing to report.',
    ),
    questions: QUESTIONS.map((q) =>
      [
        `- ${REFLECTION_QUESTIONS[q]}`,
        ...analysis.health.filter((f) => f.question === q).map((f) => `  - ${finding(f)}`),
        '  - ',
      ].join('\n'),
    ).join('\n'),
  };
}
