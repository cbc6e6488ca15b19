// The community directory's scan: eslint-plugin-obsidianmd's recommended configuration over
// the whole repository, without this project's own exceptions (eslint.config.mjs). Only what
// git ignores (dependencies and build output) is left out, as it is not in the repository.
// `npm run scan` runs it; docs/reviewers.md explains each warning it prints.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';

export default defineConfig([
  // The paths .gitignore names.
  globalIgnores(['main.js', 'dist', 'coverage', 'examples/**/plugins', 'tests/**/__output__']),
  ...obsidianmd.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bench/*.mjs'],
          // The repository has more scripts than the default of 8 outside the TypeScript project.
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 20,
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
]);
