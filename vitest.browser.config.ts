import { defineConfig } from 'vitest/config';
import { ALIASES } from './aliases';

// `npm run test:browser`: the built web app in Debian's Chromium against a real server started
// once in globalSetup (tests/browser/global-setup.ts).
export default defineConfig({
  resolve: { alias: ALIASES },
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ['default', './scripts/plain-summary-reporter.ts'],
  },
});
