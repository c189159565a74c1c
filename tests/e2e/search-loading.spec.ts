import { expect, test } from '@playwright/test';
import { searchbox } from './search-helpers.ts';

test('no search code or index is fetched until a person uses a search box', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => path.startsWith('/search-index/') || path.includes('search-element'))).toEqual([]);
  await page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' }).focus();
  await expect.poll(() => requests.some((path) => path === '/search-index/manifest.json')).toBe(true);
});

test('the search page focuses its box but fetches nothing until a person types', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/search/');
  await page.waitForLoadState('networkidle');
  await expect(searchbox(page)).toBeFocused();
  expect(requests.filter((path) => path.startsWith('/search-index/') || path.includes('search-element'))).toEqual([]);
  await page.keyboard.type('P');
  await expect.poll(() => requests.some((path) => path === '/search-index/manifest.json')).toBe(true);
});

test('pages carry no inline scripts', async ({ page }) => {
  for (const path of ['/', '/search/']) {
    await page.goto(path);
    const inline = page.locator('script:not([src]):not([type="application/ld+json"])');
    await expect(inline, `inline script on ${path}`).toHaveCount(0);
  }
});

test('without JavaScript the search page says search needs it and links to the timeline', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=Ayoub');
  await expect(page.getByRole('main')).toContainText('Search needs JavaScript');
  await expect(page.getByRole('main')).toContainText('You can browse every article by date in the timeline.');
  await expect(page.getByRole('main').getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/timeline/');
  await context.close();
});
