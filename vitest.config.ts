import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's browser suites (`tests/**/*.spec.ts`) are run by `npm run test:e2e`.
// Property tests (10,000 runs) and the exhaustive walks take seconds, more on a loaded machine: time is
// measured by `npm run bench`, never by a test, so the timeouts are only a guard against a hang.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
