// npm run bench [-- --quick] [-- --node]: builds the benchmark with esbuild and runs it. The
// numbers go to the terminal and to bench/results.md (a full run of both parts only).
// --quick: small sizes only. --node: the node part only (no Chromium), to dist/bench/.
// --only=<parts>: only these parts, comma-separated, to dist/bench/: onload, index, size,
// load, cli (node); layout, paint, zoom (with drag), animation, idle, peers (Chromium).
// --build-only: bundles dist/bench.cjs without running it (for `node --cpu-prof`).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const flags = process.argv.slice(2).filter((a) => a !== '--build-only');
const alias = {
  obsidian: fileURLToPath(new URL('../tests/obsidian/stand-in/obsidian.ts', import.meta.url)),
};
const made = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], {
  stdio: 'inherit',
});
if (made.status !== 0) process.exit(made.status ?? 1);

await build({
  entryPoints: ['bench/main.ts'],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  outfile: 'dist/bench.cjs',
  alias,
  external: ['playwright-core', 'jsdom'],
  logLevel: 'warning',
  define: { WORK_MODEL_VERSION: '"bench"' },
});
await build({
  entryPoints: ['bench/svg-page.ts'],
  bundle: true,
  platform: 'browser',
  format: 'iife',
  outfile: 'dist/bench-svg.js',
  minify: true,
  logLevel: 'warning',
});
if (process.argv.includes('--build-only')) process.exit(0);
const r = spawnSync(process.execPath, ['dist/bench.cjs', ...flags], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
