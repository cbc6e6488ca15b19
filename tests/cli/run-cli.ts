import { spawnSync } from 'node:child_process';
import { cliPath } from '../helpers/vault';

/** Runs the built CLI as a user would, in its own process. */
export function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [cliPath, ...args], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
