import { daysBetween, horizonSpan } from '../dates';
import { andList, plural } from '../words';
import { outcomeCategory } from '../read/note-schemas';
import type { Ghost } from '../graph/graph';
import { liveRoutesOf, type AnalysisBase } from './gaps';
import { lateHorizons } from './late-horizons';
import type { EvidenceRecord, Finding, Question, RevisionHistory } from './records';

const names = andList;

/** How many years out a horizon may lie before it stops being a 3–5 year outcome. */
const HORIZON_YEARS = 5;

/**
 * Unreviewed signals, kept per evidence list: the analysis hands out the same list while no
 * evidence changes, and this is the one finding that reads every piece of evidence.
 */
const unreviewedKept = new WeakMap<
  readonly EvidenceRecord[],
  { last: RevisionHistory['last']; found: { notes: string[]; message: string } | null }
>();

/** Setbacks and shifts since the last revision, or null when there are none. */
function unreviewedSignals(
  evidence: readonly EvidenceRecord[],
  last: RevisionHistory['last'],
): { notes: string[]; message: string } | null {
  const kept = unreviewedKept.get(evidence);
  if (kept && kept.last?.path === last?.path && kept.last?.date === last?.date) return kept.found;
  const since = evidence.filter(
    (e) =>
      (e.signal === 'setback' || e.signal === 'shift') && (last === null || e.date > last.date),
  );
  const setbacks = since.filter((e) => e.signal === 'setback').length;
  const found =
    since.length === 0
      ? null
      : {
          notes: since.map((e) => e.file),
          message: `${names(
            [
              setbacks > 0 ? plural(setbacks, 'setback') : '',
              since.length > setbacks ? plural(since.length - setbacks, 'shift') : '',
            ].filter(Boolean),
          )} ${last ? `since ${last.date}` : 'so far'}, not yet reflected in a revision: ${names(since.map((e) => e.title))}.`,
        };
  unreviewedKept.set(evidence, { last, found });
  return found;
}

/**
 * The book's three reflection questions answered from the notes (SPEC §2). Every finding
 * names its notes; the message says it in words.
 */
export function findHealth(
  a: AnalysisBase & { history: RevisionHistory; ghosts: readonly Ghost[] },
  cadenceDays: number,
): Finding[] {
  const title = (id: string) => a.node.get(id)?.title ?? id;
  const findings: Finding[] = [];
  const add = (question: Question, finding: string, notes: string[], message: string) =>
    findings.push({ question, finding, notes, message });
  const { to } = liveRoutesOf(a);
  const liveOutcomes = a.nodes.filter((n) => n.kind === 'outcome' && n.live);
  const liveRoutes = a.routes.filter((r) => r.live);

  // Rigid: what one disruption could stop.
  for (const o of liveOutcomes) {
    const routes = to.get(o.id) ?? [];
    if (routes.length === 1) {
      const r = routes[0] as string;
      add(
        'rigid',
        'one-route',
        [o.id, r],
        `${o.title} has one live route, ${title(r)}: a setback there stalls it. Map a second route.`,
      );
    }
    if (routes.length >= 2) {
      const paths = routes.map((r) => a.route.get(r)?.steps ?? []);
      const common = (paths[0] ?? []).filter((s) => paths.every((p) => p.includes(s)));
      for (const s of common) {
        add(
          'rigid',
          'shared-stone',
          [s, o.id, ...routes],
          `Every live route to ${o.title} passes through ${title(s)}: if it fails, all ${routes.length} stall.`,
        );
      }
    }
  }
  findings.push(...lateHorizons(a));
  if (!liveRoutes.some((r) => r.risk === 'medium' || r.risk === 'high')) {
    add(
      'rigid',
      'no-risky-route',
      liveRoutes.map((r) => r.id),
      liveRoutes.length === 0
        ? 'No route is live, so none takes a risk. Map a route, a bold one included.'
        : 'No live route takes a medium or high risk: every route bets on the same safe assumptions. Map a bolder one.',
    );
  }

  // Unmapped: what the model does not cover yet.
  const covered = new Set(liveOutcomes.map((o) => o.category));
  const missing = outcomeCategory.options.filter((c) => !covered.has(c));
  if (missing.length > 0) {
    add(
      'unmapped',
      'missing-category',
      [],
      `No live outcome for ${names(missing)}. Is there nothing you hope for there, or is it not mapped yet?`,
    );
  }
  for (const o of liveOutcomes) {
    if (!to.has(o.id))
      add('unmapped', 'outcome-without-route', [o.id], `No live route leads to ${o.title} yet.`);
  }
  for (const r of liveRoutes) {
    if (r.steps.length === 0)
      add(
        'unmapped',
        'route-without-steps',
        [r.id],
        `${r.title} has no stepping stones yet: which skill, experience or relationship comes first?`,
      );
  }
  // Steps and outcomes named on a note that is not closed, but never created.
  const named = new Set<string>();
  for (const g of a.ghosts) {
    const from = a.node.get(g.from);
    if (!from || from.state === 'closed' || named.has(`${g.from}\u0000${g.name}`)) continue;
    named.add(`${g.from}\u0000${g.name}`);
    add(
      'unmapped',
      'named-not-created',
      [g.from],
      `You named ${g.name} on ${from.title}; create it to map it.`,
    );
  }
  const farthest = `${Number(a.today.slice(0, 4)) + HORIZON_YEARS}${a.today.slice(4)}`;
  for (const o of liveOutcomes) {
    if (o.horizon === null) continue;
    const [start, end] = horizonSpan(o.horizon);
    if (end < a.today)
      add(
        'unmapped',
        'horizon',
        [o.id],
        `The horizon of ${o.title} (${o.horizon}) has passed: reached, released, or a new date?`,
      );
    else if (start > farthest)
      add(
        'unmapped',
        'horizon',
        [o.id],
        `${o.title} lies beyond ${HORIZON_YEARS} years (${o.horizon}): what would a 3–5 year step towards it be?`,
      );
  }

  // Revising: how often the model meets new experience.
  const { last, revisions, meanDays } = a.history;
  if (last === null) {
    add(
      'revising',
      'last-revision',
      [],
      'No revision yet: write one to record where the model stands today.',
    );
  } else {
    const days = daysBetween(last.date, a.today);
    const left = cadenceDays - days;
    add(
      'revising',
      'last-revision',
      [last.path],
      left < 0
        ? `The last revision was ${plural(days, 'day')} ago (${last.date}); a short one today keeps the model honest.`
        : `${plural(days, 'day')} since the last revision (${last.date}); the cadence is ${plural(cadenceDays, 'day')}${left === 0 ? ': due today.' : `: the next is due in ${plural(left, 'day')}.`}`,
    );
  }
  const unreviewed = unreviewedSignals(a.evidence, last);
  if (unreviewed) add('revising', 'unreviewed-signals', unreviewed.notes, unreviewed.message);
  if (meanDays !== null) {
    add(
      'revising',
      'rhythm',
      revisions.map((r) => r.path),
      `${plural(revisions.length, 'revision')} so far, ${plural(meanDays, 'day')} apart on average (cadence ${cadenceDays}).`,
    );
  }
  // Found question by question, in the book's order: rigid, unmapped, revising.
  return findings;
}
