import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, status } from './search-helpers.ts';

// The test site also holds 1,000 random markup strings, whose words may rank first for a short query:
// each test looks for the seed article it is about and a highlighted match, not for the first mark.
const pompeoTitle = "Pompeo says Russia responsible for Turkish soldiers' deaths";

test('search finds an article by a word that appears only in its body', async ({ page }) => {
  await searchFor(page, 'Ayoub');
  await expect(status(page)).toHaveText(/^\d+ results? for “Ayoub”/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+\/$/);
  await expect(resultLinks(page).filter({ hasText: pompeoTitle })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark', { hasText: /^Ayoub$/ }).first()).toBeVisible();
});

test('search finds articles by the first letters of a word', async ({ page }) => {
  await searchFor(page, 'Erdo');
  await expect(status(page)).toHaveText(/^\d+ results? for “Erdo”/);
  await expect(resultLinks(page).filter({ hasText: pompeoTitle })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark', { hasText: /^Erdo/i }).first()).toBeVisible();
});

test('search finds articles despite a typo in the query', async ({ page }) => {
  await searchFor(page, 'Pompao');
  await expect(status(page)).toHaveText(/^\d+ results? for “Pompao”/);
  await expect(resultLinks(page).filter({ hasText: pompeoTitle })).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark', { hasText: /^Pompeo/ }).first()).toBeVisible();
});

test('search says so when nothing matches', async ({ page }) => {
  await searchFor(page, 'xylophonequartz');
  await expect(status(page)).toHaveText('No results for “xylophonequartz”');
  await expect(resultLinks(page)).toHaveCount(0);
});

test('the search page invites a query before anything is typed', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox', { name: 'Search the archive' }).focus();
  await expect(status(page)).toHaveText('Type a word to search the archive.');
});
