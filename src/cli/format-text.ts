import type { Problem, Report } from '../model';
import { escapeControls } from './escape-text';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const bar = (x: number, width = 10) => {
  const full = Math.round(x * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `file: property: severity: message`, one line each, then a count. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  // Escaped per problem: a newline in a file name must not split its line.
  const lines = problems.map((p) =>
    escapeControls(`${p.file}${p.field ? `: ${p.field}` : ''}: ${p.severity}: ${p.message}`),
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push('', `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}.`);
  return lines.join('\n');
}

/** The human-readable report: outcomes, the route comparison, gaps, problems. */
export function formatReport(report: Report, vault: string, momentumDays: number): string {
  const title = new Map(report.nodes.map((n) => [n.id, n.title]));
  const name = (id: string) => title.get(id) ?? id;
  const out: string[] = [`Work model of ${vault}, as of ${report.today}`, ''];

  const outcomes = report.nodes.filter((n) => n.kind === 'outcome');
  out.push(`Outcomes (${outcomes.length})`);
  for (const o of outcomes) {
    const facts = [o.status, o.category, o.horizon && `by ${o.horizon}`].filter(Boolean);
    out.push(`  ${o.title}  (${facts.join(', ')})${o.stale ? '  stale' : ''}`);
  }
  if (outcomes.length === 0) out.push('  none yet: tag a note #work/outcome');

  out.push('', `Routes (${report.routes.length}), momentum over the last ${momentumDays} days`);
  const routeNodes = new Map(report.nodes.map((n) => [n.id, n]));
  for (const r of report.routes) {
    const node = routeNodes.get(r.id);
    const facts = [node?.status, node?.risk && `${node.risk} risk`].filter(Boolean).join(', ');
    out.push(`  ${name(r.id)}  (${facts})${r.stale ? '  stale' : ''}`);
    out.push(
      `    progress ${bar(r.progress)} ${pct(r.progress)}, ${r.stepsDone}/${r.stepsTotal} steps done`,
    );
    out.push(
      `    momentum ${r.momentum}: ${plural(r.wins, 'win')}, ${plural(r.setbacks, 'setback')}, ${plural(r.insights, 'insight')}, ${plural(r.shifts, 'shift')}; last activity ${r.lastActivity ?? 'none'}`,
    );
    if (r.steps.length > 0) out.push(`    path: Now > ${r.steps.map(name).join(' > ')}`);
  }
  if (report.routes.length === 0) out.push('  none yet: tag a note #work/route');

  const g = report.gaps;
  const gaps: [string, string[]][] = [
    ['Outcomes no active or exploring route leads to', g.outcomesWithoutRoute],
    ['Stepping stones no route uses', g.unusedSkills],
    ['Routes without steps', g.routesWithoutSteps],
    ['Stepping stones without evidence', g.skillsWithoutEvidence],
  ];
  out.push('', 'Gaps');
  for (const [label, ids] of gaps) {
    if (ids.length > 0) out.push(`  ${label}: ${ids.map(name).join(', ')}`);
  }
  if (gaps.every(([, ids]) => ids.length === 0)) out.push('  none');

  out.push(
    '',
    'Problems',
    ...formatProblems(report.problems)
      .split('\n')
      .map((l) => (l ? `  ${l}` : l)),
  );
  return out.map(escapeControls).join('\n');
}
