import { escapeControls } from './escape-text';
import {
  dayAndMonth,
  GAP_LABELS,
  plural,
  QUESTIONS,
  REFLECTION_QUESTIONS,
  routeFigureText,
  trendText,
  type Report,
} from '../model';
import { formatProblems } from './format-text';
import { formatPlan } from './format-plan';

const bar = (x: number, width = 10) => {
  const full = Math.round(x * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
};

/**
 * The human-readable report (SPEC §6): outcomes with the routes to them, routes ranked by
 * advancement with their paths to their outcomes, gaps, health, problems. It formats the
 * report; it computes nothing.
 */
export function formatReport(report: Report, vault: string): string {
  const nodes = new Map(report.nodes.map((n) => [n.id, n]));
  const name = (id: string) => nodes.get(id)?.title ?? id;
  const out: string[] = [
    `Work model of ${vault}, as of ${report.today}`,
    `Advancement counts the last ${plural(report.windows.advancementDays, 'day')} (since ${dayAndMonth(report.windows.advancementStart)}); activity the last ${plural(report.windows.activityDays, 'day')} (since ${dayAndMonth(report.windows.activityStart)}).`,
    '',
    ...formatPlan(report, name),
  ];
  const state = (n: { resting: boolean; stale: boolean; resume: string | null }) =>
    `${n.resting ? (n.resume ? `  resting until ${n.resume}` : '  resting') : ''}${n.stale ? '  stale' : ''}`;

  const outcomes = report.nodes.filter((n) => n.kind === 'outcome');
  out.push(`Outcomes (${outcomes.length})`);
  for (const o of outcomes) {
    const facts = [o.status, o.category, o.horizon && `by ${o.horizon}`].filter(Boolean);
    out.push(`  ${o.title}  (${facts.join(', ')})${state(o)}`);
    const to = report.routes.filter((r) => r.outcomes.includes(o.id));
    for (const r of to) out.push(`    ← ${r.rank}. ${r.title} (${r.status})`);
    if (to.length === 0) out.push('    ← no route yet');
  }
  if (outcomes.length === 0) out.push('  none yet: tag a note #work/outcome');

  out.push(
    '',
    `Routes (${report.routes.length}): live first, then resting, then closed; each ranked by advancement`,
  );
  for (const r of report.routes) {
    const facts = [r.status, r.risk && `${r.risk} risk`].filter(Boolean).join(', ');
    const node = nodes.get(r.id);
    out.push(`  ${r.rank}. ${r.title}  (${facts})${node ? state(node) : ''}`);
    const say = routeFigureText;
    out.push(
      `     ${say.advancement(r, report.windows)}`,
      `     ${say.activity(r, report.windows)}`,
      `     progress ${bar(r.progress)} ${say.steps(r)}; ${say.evidence(r)}`,
      `     ${trendText(r.trend)}`,
      `     path: ${['Now', ...r.steps.map(name)].join(' > ')} ⇒ ${r.outcomes.map(name).join(', ') || 'no outcome'}`,
    );
  }
  if (report.routes.length === 0) out.push('  none yet: tag a note #work/route');

  out.push('', 'Gaps');
  for (const [kind, label] of Object.entries(GAP_LABELS)) {
    const ids = report.gaps.filter((g) => g.kind === kind).map((g) => g.id);
    if (ids.length > 0) out.push(`  ${label}: ${ids.map(name).join(', ')}`);
  }
  if (report.gaps.length === 0) out.push('  none');

  out.push('', 'Health');
  for (const q of QUESTIONS) {
    out.push(`  ${REFLECTION_QUESTIONS[q]}`);
    const findings = report.health.filter((f) => f.question === q);
    for (const f of findings) out.push(`    - ${f.message}`);
    if (findings.length === 0) out.push('    - nothing found in the notes');
  }

  out.push(
    '',
    'Problems',
    ...formatProblems(report.problems)
      .split('\n')
      .map((l) => (l ? `  ${l}` : l)),
  );
  return out.map(escapeControls).join('\n');
}
