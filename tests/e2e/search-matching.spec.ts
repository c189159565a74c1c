import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, status } from './search-helpers';

test('search finds an article by a word that appears only in its body', async ({ page }) => {
  await searchFor(page, 'Ayoub');
  await expect(status(page)).toHaveText(/^\d+ results? for “Ayoub”/);
  await expect(resultLinks(page).first()).toHaveAttribute('href', /^\/articles\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark').first()).toHaveText('Ayoub');
});

test('search finds articles by the first letters of a word', async ({ page }) => {
  await searchFor(page, 'Erdo');
  await expect(status(page)).toHaveText(/^\d+ results? for “Erdo”/);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark').first()).toHaveText(/^Erdo/i);
});

test('search finds articles despite a typo in the query', async ({ page }) => {
  await searchFor(page, 'Pompao');
  await expect(status(page)).toHaveText(/^\d+ results? for “Pompao”/);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('mark').first()).toHaveText(/^Pompeo/);
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
