import { expect, test } from '@playwright/test';
import { allPagePaths } from './support/site-pages.ts';
import { testDist, testOrigin } from './support/test-site.ts';

test('no page logs a console error or throws', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${current}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${current}: ${error.message}`));
  for (const path of allPagePaths(testDist())) {
    current = path;
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  expect(errors).toEqual([]);
});

test('no page requests anything from another origin', async ({ page }) => {
  test.setTimeout(120_000);
  const foreign: string[] = [];
  let current = '';
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== testOrigin && url.protocol !== 'data:' && url.protocol !== 'blob:') foreign.push(`${current}: ${request.url()}`);
  });
  for (const path of allPagePaths(testDist())) {
    current = path;
    await page.goto(path);
    await page.waitForLoadState('load');
  }
  expect(foreign).toEqual([]);
});
