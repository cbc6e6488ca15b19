// Builds the plugin bundle (`main.js`, loaded by Obsidian on desktop and mobile), the CLI
// bundle (`dist/cli.cjs`, Node) and the standalone map page's script and styles
// (`dist/map.js`, `dist/map.css`, which the CLI inlines into exported HTML). `node esbuild.config.mjs` watches the plugin for development;
// `node esbuild.config.mjs production` builds both once, minified.
import esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

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
  // The engines Obsidian runs plugins in: Electron's Chromium on desktop, the system WebView on
  // Android and Safari on iOS (15.4 or later: the code uses Array.prototype.at and
  // structuredClone). ES2022 keeps class fields native, 1.7 KB less than lowering them through
  // a helper; esbuild lowers any syntax those engines could not parse.
  target: ['es2022', 'chrome100', 'safari15.4'],
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  treeShaking: true,
  minify: production,
  // Obsidian reads main.js as UTF-8: `…` as itself is 3 bytes, escaped as `\u2026` it is 6.
  charset: 'utf8',
  outfile: 'main.js',
  // What each dependency costs of main.js, for `node scripts/bundle-shares.mjs`.
  metafile: production,
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

/** @type {import('esbuild').BuildOptions} */
const mapPage = {
  entryPoints: ['src/standalone/page.ts'],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  logLevel: 'info',
  minify: true,
  outfile: 'dist/map.js',
};

/** The standalone page's stylesheet: the plugin's styles and the page's theme variables. */
function writeMapCss() {
  mkdirSync('dist', { recursive: true });
  writeFileSync(
    'dist/map.css',
    `${readFileSync('styles.css', 'utf8')}\n${readFileSync('src/standalone/page.css', 'utf8')}`,
  );
}

if (production) {
  const [built] = await Promise.all([
    esbuild.build(plugin),
    esbuild.build(cli),
    esbuild.build(mapPage),
  ]);
  writeMapCss();
  writeFileSync('dist/main.meta.json', JSON.stringify(built.metafile));
} else {
  const ctx = await esbuild.context(plugin);
  await ctx.watch();
}
