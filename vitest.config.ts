import { defineConfig } from 'vitest/config';
import { ALIASES } from './aliases.ts';

// `npm test`: everything that needs no browser. Integration tests share one
// database server (embedded unless TEST_DATABASE_URL is set), started once in globalSetup.
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    include: ['packages/**/*.test.ts', 'apps/**/*.test.ts', 'bench/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/browser/**'],
    globalSetup: ['apps/server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
  },
});
