// Electron end-to-end tests (*.e2e.ts): kept out of the default `vitest run` because they need a
// built app and an Electron binary. `npm run test:electron-e2e` runs them (the release workflow does).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..'),
  test: {
    include: ['tests/electron/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
