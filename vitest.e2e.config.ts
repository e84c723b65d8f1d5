import { defineConfig } from 'vitest/config';

/**
 * Real browsers against the built extension. Files run one at a time: two browsers at once on a
 * 2-core machine make every wait longer, and the packaging check rebuilds the same dist/ folders.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/setup/global.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
    reporters: ['default', './tests/e2e/support/summary-reporter.ts'],
  },
});
