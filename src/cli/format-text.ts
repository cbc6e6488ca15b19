import { plural, type Problem } from '../model';
import { escapeControls } from './escape-text';

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
