import { defineConfig } from 'vitest/config';

/** Unit and integration tests; browser journeys under tests/e2e/ run in Playwright instead. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
  },
});
