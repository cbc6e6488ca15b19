import { spawnSync } from 'node:child_process';
import { checkReportOutput } from '../helpers/report-contract';
import { cliPath } from '../helpers/vault';

/** Runs the built CLI as a user would, in its own process; a `report --json` is held to its contract. */
export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  checkReportOutput(args, r.stdout);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
