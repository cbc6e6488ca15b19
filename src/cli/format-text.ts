import type { Problem } from '../model';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** `file: property: severity: message`, one line each, then a count. */
export function formatProblems(problems: readonly Problem[]): string {
  if (problems.length === 0) return 'No problems found.';
  const lines = problems.map(
    (p) => `${p.file}${p.field ? `: ${p.field}` : ''}: ${p.severity}: ${p.message}`,
  );
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push('', `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}.`);
  return lines.join('\n');
}
