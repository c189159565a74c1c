import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchbox, status } from './search-helpers.ts';

test('the Year filter narrows results to articles of that year', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”/);
  const all = await resultLinks(page).count();
  const year = page.getByRole('combobox', { name: 'Year' });
  const first = (await year.getByRole('option').nth(1).getAttribute('value')) ?? '';
  expect(first).toMatch(/^\d{4}$/);
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

test('the Undated filter narrows results to articles without a date', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”$/);
  const year = page.getByRole('combobox', { name: 'Year' });
  await expect(year.getByRole('option', { name: /^Undated \(\d+\)$/ })).toHaveAttribute('value', 'undated');
  await year.selectOption('undated');
  await expect(status(page)).toHaveText(/^\d+ results? for “Russia” among undated articles$/);
  await expect(page).toHaveURL(/[?&]year=undated/);
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  await expect(results.locator('time')).toHaveCount(0);
  for (const meta of await results.locator('.search-meta').allTextContents()) expect(meta).toMatch(/^Undated/);
});

test('each filter option shows how many results choosing it would give', async ({ page }) => {
  const year = page.getByRole('combobox', { name: 'Year' });
  await page.goto('/search/');
  // Before a query: the archive's articles per option.
  await expect(year.getByRole('option', { name: /^Undated \([1-9]\d*\)$/ })).toHaveCount(1);
  await expect(year.getByRole('option', { name: /^2022 \([1-9]\d*\)$/ })).toHaveCount(1);
  // Tomás Reyes wrote one article, in 2022: once the filter is opened, its options count this query's results.
  await searchbox(page).fill('Reyes');
  await expect(status(page)).toHaveText('1 result for “Reyes”');
  await year.focus();
  await expect(year.getByRole('option', { name: 'Undated (0)' })).toHaveCount(1);
  await expect(year.getByRole('option', { name: '2022 (1)' })).toHaveCount(1);
  await year.selectOption('2022');
  await expect(status(page)).toHaveText('1 result for “Reyes” in 2022');
});

test('the stated-dates filter keeps only articles whose own text or front matter states a date', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”$/);
  const year = page.getByRole('combobox', { name: 'Year' });
  await year.selectOption('dated');
  await expect(status(page)).toHaveText(/^\d+ results? for “Russia” among articles with a stated date$/);
  await expect(page).toHaveURL(/[?&]year=dated/);
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('listitem').first()).toBeVisible();
  for (const meta of await results.locator('.search-meta').allTextContents()) expect(meta).not.toMatch(/Undated|estimated/);
});

/** Seeds 000 and 001, the two versions of one story, are the articles that name Mike Pompeo. */
const pompeoTitles = [
  "Pompeo says Russia responsible for Turkish soldiers' deaths",
  'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria',
];

test('the Person filter narrows results to exactly the articles naming that person', async ({ page }) => {
  await searchFor(page, 'Russia');
  await expect(status(page)).toHaveText(/results? for “Russia”$/);
  expect(await resultLinks(page).count()).toBeGreaterThan(2);
  await page.getByRole('combobox', { name: 'Person' }).selectOption('Mike Pompeo');
  await expect(status(page)).toHaveText('2 results for “Russia” naming Mike Pompeo');
  expect((await resultLinks(page).allTextContents()).sort()).toEqual([...pompeoTitles].sort());
  await expect(page).toHaveURL(/[?&]person=Mike(\+|%20)Pompeo/);
});

test('the Person filter offers only people with a page, most articles first, with counts', async ({ page }) => {
  await page.goto('/search/');
  const person = page.getByRole('combobox', { name: 'Person' });
  await expect(person.getByRole('option', { name: 'Mike Pompeo (2)' })).toHaveCount(1);
  // Iona MacRae is named by one article only: she has no page, so no option.
  await expect(person.getByRole('option', { name: /Iona MacRae/ })).toHaveCount(0);
  const counts = (await person.getByRole('option').allTextContents()).slice(1).map((label) => Number(/\((\d+)\)$/.exec(label)?.[1]));
  expect(counts.length).toBeGreaterThan(1);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  await expect(page.getByRole('combobox', { name: 'Place' }).getByRole('option', { name: /^Idlib \(\d+\)$/ })).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Organization' }).getByRole('option', { name: 'NATO (2)' })).toHaveCount(1);
});

test('a search URL with a person filter shows the same results after a reload', async ({ page }) => {
  await page.goto('/search/?q=Russia&person=Mike+Pompeo');
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue('Mike Pompeo');
  await expect(status(page)).toHaveText('2 results for “Russia” naming Mike Pompeo');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue('Mike Pompeo');
  await expect(status(page)).toHaveText('2 results for “Russia” naming Mike Pompeo');
  expect((await resultLinks(page).allTextContents()).sort()).toEqual([...pompeoTitles].sort());
});

test("a person's page links to a search within the articles naming them", async ({ page }) => {
  await page.goto('/people/mike-pompeo/');
  await page.getByRole('link', { name: 'Search within articles about Mike Pompeo' }).click();
  await expect(page.getByRole('combobox', { name: 'Person' })).toHaveValue('Mike Pompeo');
  await searchbox(page).fill('Turkish');
  await expect(status(page)).toHaveText('2 results for “Turkish” naming Mike Pompeo');
  await expect(page).toHaveURL(/\/search\/\?q=Turkish&person=Mike\+Pompeo$/);
});

test('a search URL naming a person the menu does not list still sets the Person filter', async ({ page }) => {
  // The menus list the names with the most articles; any name's page can link here with its name.
  await page.goto('/search/?q=Russia&person=Nobody+Named+Here');
  const person = page.getByRole('combobox', { name: 'Person' });
  await expect(person).toHaveValue('Nobody Named Here');
  await expect(status(page)).toHaveText(/^No results for “Russia” naming Nobody Named Here/);
});
