import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchbox, status } from './search-helpers';

test('the Year filter narrows results to articles of that year', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”/);
  const all = await resultLinks(page).count();
  const year = page.getByRole('combobox', { name: 'Year' });
  const first = (await year.getByRole('option').nth(1).textContent())?.trim() ?? '';
  await year.selectOption(first);
  await expect(status(page)).toHaveText(new RegExp(`for “Russia” in ${first}`));
  const dates = page.getByRole('region', { name: 'Search results' }).locator('time');
  for (const datetime of await dates.evaluateAll((times) => times.map((t) => t.getAttribute('datetime')))) {
    expect(datetime).toMatch(new RegExp(`^${first}`));
  }
  expect(await resultLinks(page).count()).toBeLessThanOrEqual(all);
  await expect(page).toHaveURL(new RegExp(`[?&]year=${first}`));
});

test('a shared search URL shows the same query, filter and results', async ({ page }) => {
  await page.goto('/search/?q=Russia&year=2020');
  await expect(searchbox(page)).toHaveValue('Russia');
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('2020');
  await expect(status(page)).toHaveText(/results? for “Russia” in 2020/);
});

test('the back button returns to the search before the filter changed', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”$/);
  await expect(page).toHaveURL(/\?q=Russia$/);
  await page.getByRole('combobox', { name: 'Year' }).selectOption({ index: 1 });
  await expect(page).toHaveURL(/year=/);
  await page.goBack();
  await expect(page).toHaveURL(/\?q=Russia$/);
  await expect(page.getByRole('combobox', { name: 'Year' })).toHaveValue('');
  await expect(status(page)).toHaveText(/results? for “Russia”$/);
});
