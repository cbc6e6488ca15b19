export type Severity = 'error' | 'warning';

/** Something wrong in the user's notes: where it is and what to do about it. Problems are data. */
export interface Problem {
  /** Vault-relative path of the note. */
  file: string;
  /** The frontmatter property, or null when the note as a whole is concerned. */
  field: string | null;
  severity: Severity;
  message: string;
}

export const error = (file: string, field: string | null, message: string): Problem => ({
  file,
  field,
  severity: 'error',
  message,
});

export const warning = (file: string, field: string | null, message: string): Problem => ({
  file,
  field,
  severity: 'warning',
  message,
});

export function compareProblems(a: Problem, b: Problem): number {
  return (
    cmp(a.file, b.file) ||
    cmp(a.field ?? '', b.field ?? '') ||
    cmp(a.severity, b.severity) ||
    cmp(a.message, b.message)
  );
}

/** Plain code-unit comparison: stable across locales and machines. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
