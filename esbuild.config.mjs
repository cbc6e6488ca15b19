// Builds the plugin bundle (`main.js`, loaded by Obsidian on desktop and mobile) and the CLI
// bundle (`dist/cli.cjs`, Node). `node esbuild.config.mjs` watches the plugin for development;
// `node esbuild.config.mjs production` builds both once, minified.
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';

const production = process.argv[2] === 'production';
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('esbuild').BuildOptions} */
const plugin = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  // Provided by Obsidian at run time; never bundled.
  external: [
    'obsidian',
    'electron',
    '@codemirror/*',
    '@lezer/*',
    ...builtinModules,
    ...builtinModules.map((m) => `node:${m}`),
  ],
  format: 'cjs',
  platform: 'browser',
  target: 'es2020',
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
  outfile: 'main.js',
};

/** @type {import('esbuild').BuildOptions} */
const cli = {
  entryPoints: ['src/cli/main.ts'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  define: { WORK_MODEL_VERSION: JSON.stringify(version) },
  logLevel: 'info',
  // Smaller to parse at start-up; identifiers kept so stack traces stay readable.
  minifyWhitespace: production,
  minifySyntax: production,
  outfile: 'dist/cli.cjs',
};

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
}
