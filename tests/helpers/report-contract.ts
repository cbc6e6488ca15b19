import { expect } from 'vitest';
import { reportSchema, verdictSchema } from '../../src/cli/report-schema';

/**
 * Holds a `report --json` object to the contract `work-model schema` prints: every field it
 * has is described there with its type, and every described field is present.
 */
export function expectReportContract(report: unknown): void {
  expectContract(reportSchema(), report);
}

function expectContract(
  schema: ReturnType<typeof reportSchema | typeof verdictSchema>,
  value: unknown,
) {
  const parsed = schema.safeParse(value);
  expect(parsed.error?.issues ?? []).toEqual([]);
  // The schema drops what it does not describe: equal means nothing undescribed was printed.
  expect(parsed.data).toEqual(value);
}

/** Checks a CLI run's stdout against its contract when the run was `report` or `compare --json`. */
export function checkReportOutput(args: readonly string[], stdout: string): void {
  if (!args.includes('--json') || stdout.trim() === '') return;
  if (args[0] === 'report') expectContract(reportSchema(), JSON.parse(stdout));
  if (args[0] === 'compare') expectContract(verdictSchema(), JSON.parse(stdout));
}
