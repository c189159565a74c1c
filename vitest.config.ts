import { defineConfig } from 'vitest/config';

/**
 * Unit and integration tests (vitest). Browser journeys under tests/e2e/ run in Playwright
 * (`npm run test:e2e`) instead, never here.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'tests/e2e/**'],
    environment: 'node',
    maxWorkers: 2,
  },
});
