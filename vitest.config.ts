import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests (vitest). Browser tests under tests/e2e/ run in Playwright
 * (`npm run test:e2e`), never here.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/**'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
