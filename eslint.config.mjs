import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import globals from 'globals';

export default defineConfig([
  globalIgnores([
    'node_modules',
    'dist',
    'main.js',
    'examples',
    'tests/fixtures',
    'tests/__output__',
    'coverage',
    // The directory's scan config is run by `npm run scan`, not linted by the project.
    'eslint.directory.config.mjs',
  ]),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            'eslint.config.mjs',
            'esbuild.config.mjs',
            'scripts/*.mjs',
            'bench/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    // Node-only code: the CLI, the build and the tests never ship in main.js (a test checks
    // the bundle), so Node built-ins and globals are allowed here and only here. Outside
    // Obsidian there is no `moment` to import from it, so the CLI brings the package.
    files: ['src/cli/**', 'tests/**', 'scripts/**', 'bench/**', '*.config.{mjs,ts}'],
    languageOptions: { globals: globals.node },
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'import/no-extraneous-dependencies': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
    },
  },
  {
    // Tests and scripts write vaults on disk, where `.obsidian` is data (the example vault's
    // own config folder), not the plugin reading its config.
    files: ['tests/**', 'scripts/**', 'bench/**'],
    rules: {
      'obsidianmd/hardcoded-config-path': 'off',
    },
  },
  {
    // The stand-in *is* a small Obsidian (its DOM helpers and timers) for tests, and the DOM
    // shim gives a plain page the helpers Obsidian adds; browser tests run code in such a page.
    // The plugin-review rules about calling Obsidian do not apply to implementing it.
    files: [
      'tests/obsidian/stand-in/**',
      'src/standalone/dom-shim.ts',
      'tests/browser/**',
      'bench/**',
    ],
    rules: {
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-instanceof': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-tfile-tfolder-cast': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
      '@typescript-eslint/no-restricted-imports': 'off',
    },
  },
]);
