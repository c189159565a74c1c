import { existsSync, readFileSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumFlags } from './scripts/chromium-flags.ts';
import { testOrigin } from './tests/e2e/support/test-site.ts';

/**
 * Browser tests in the system's Chromium, against a built copy of the site (see
 * tests/e2e/support/global-setup.ts). `npm run test:e2e` first runs scripts/find-chromium.ts,
 * which finds or installs Chromium and writes its path to .cache/chromium-path.
 */
function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  const file = new URL('./.cache/chromium-path', import.meta.url);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  throw new Error(
    'playwright.config.ts: no Chromium path in CHROMIUM_PATH or .cache/chromium-path.\n' +
      'Fix: run the browser tests with `npm run test:e2e`, which finds (or installs) Chromium first.',
  );
}


export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: './test-results',
  globalSetup: './tests/e2e/support/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env['CI'] ? 1 : 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: testOrigin,
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: [...chromiumFlags] },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }],
});
