import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, status } from './search-helpers.ts';

test('a person opens a search result with the keyboard alone', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”/);
  const second = resultLinks(page).nth(1);
  const href = await second.getAttribute('href');
  await page.keyboard.press('ArrowDown');
  await expect(resultLinks(page).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href ?? '/never/');
});

test('arrow up from the first result returns to the search box', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”/);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
});
