import { defineConfig } from 'vitest/config';

// Unit tests only: Playwright's browser suites (`tests/**/*.spec.ts`) are run by `npm run test:e2e`.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
