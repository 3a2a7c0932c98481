import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    // Generous: a test may run the CLI several times, and speed is measured in bench/, not here.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Native SQLite and child-process CLI tests are happier in forks than threads.
    pool: 'forks',
  },
});
