import { spawnSync } from 'node:child_process';

/**
 * Tests exercise the artifacts a user gets: build `main.js` and `dist/cli.cjs` with the real
 * build script once, before any test.
 */
export default function setup(): void {
  const r = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`The build failed:\n${r.stderr}`);
}
