import { build } from 'esbuild';

/** The CLI tests run the bundle a user runs; build it once before any test. */
export default async function setup(): Promise<void> {
  await build({
    entryPoints: ['src/cli/main.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    define: { WORK_MODEL_VERSION: JSON.stringify('test') },
    outfile: 'tests/__output__/cli.cjs',
    logLevel: 'warning',
  });
}
