// npm run bench [-- --quick]: builds the benchmark with esbuild and runs it. The numbers go to
// the terminal and to bench/results.md.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick');
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
const r = spawnSync(process.execPath, ['dist/bench.cjs', ...(quick ? ['--quick'] : [])], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
