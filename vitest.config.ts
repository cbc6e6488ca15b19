import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Dates in the model are calendar days; tests pin the time zone so results never depend on
// the machine's. Set here so every worker process inherits it.
process.env.TZ = 'UTC';

export default defineConfig({
  resolve: {
    // The obsidian package is types only: tests of src/obsidian run against the stand-in.
    alias: {
      obsidian: fileURLToPath(new URL('./tests/obsidian/stand-in/obsidian.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/build.ts'],
    setupFiles: ['tests/helpers/no-console.ts'],
    testTimeout: 30_000,
  },
});
