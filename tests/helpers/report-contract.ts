import { expect } from 'vitest';
import { reportSchema } from '../../src/cli/report-schema';

/**
 * Holds a `report --json` object to the contract `work-model schema` prints: every field it
 * has is described there with its type, and every described field is present.
 */
export function expectReportContract(report: unknown): void {
  const parsed = reportSchema().safeParse(report);
  expect(parsed.error?.issues ?? []).toEqual([]);
  // The schema drops what it does not describe: equal means nothing undescribed was printed.
  expect(parsed.data).toEqual(report);
}

/** Checks a CLI run's stdout against the contract when the run was `report --json`. */
export function checkReportOutput(args: readonly string[], stdout: string): void {
  if (args[0] === 'report' && args.includes('--json') && stdout.trim() !== '')
    expectReportContract(JSON.parse(stdout));
}
