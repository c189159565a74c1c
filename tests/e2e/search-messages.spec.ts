import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, searchbox, status } from './search-helpers.ts';

/** The block a search offers when it finds nothing, or its words are too common. */
const suggestions = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Other ways in' });

test('a query of only very common words says so and suggests rarer ones', async ({ page }) => {
  await searchFor(page, 'the');
  await expect(status(page)).toHaveText('“the” is too common a word to search for: nearly every article has it. Try a rarer word, such as a name or a place.');
  await expect(suggestions(page)).toBeVisible();
  await expect(suggestions(page).getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/timeline/');
  await expect(suggestions(page).getByRole('link').nth(1)).toHaveAttribute('href', /^\/search\/\?q=/);
});

test('a corrected typo says what was searched for and links to the words as typed', async ({ page }) => {
  await searchFor(page, 'Pompao');
  await expect(status(page)).toHaveText(/^\d+ results? for “Pompao”$/);
  const correction = page.getByRole('main').getByText('Showing results for');
  await expect(correction).toHaveText('Showing results for “Pompeo”. Search instead for “Pompao”.');
  await correction.getByRole('link', { name: '“Pompao”' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Pompao&exact=1$/);
  await expect(status(page)).toHaveText('No results for “Pompao”');
  await expect(page.getByRole('main').getByText('Showing results for')).toHaveCount(0);
});

test('a search that finds nothing offers the timeline and the archive’s frequent names', async ({ page }) => {
  await searchFor(page, 'xylophonequartz');
  await expect(status(page)).toHaveText('No results for “xylophonequartz”');
  await expect(suggestions(page)).toBeVisible();
  await expect(suggestions(page).getByRole('link', { name: 'timeline' })).toHaveAttribute('href', '/timeline/');
  const name = suggestions(page).getByRole('listitem').first().getByRole('link');
  const text = (await name.textContent()) ?? '';
  await name.click();
  await expect(searchbox(page)).toHaveValue(text);
  await expect(status(page)).toHaveText(/^\d+ results? for/);
  await expect(resultLinks(page).first()).toBeVisible();
  await expect(suggestions(page)).toBeHidden();
});

test('search finds an article by its author, whose name is only in the byline', async ({ page }) => {
  await searchFor(page, 'Reyes');
  await expect(status(page)).toHaveText('1 result for “Reyes”');
  await expect(resultLinks(page)).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Search results' }).locator('.search-meta')).toContainText('Tomás Reyes');
});

test('a long query is shown cut to one line', async ({ page }) => {
  const query = Array.from({ length: 40 }, (_, i) => `harbour${i}`).join(' ');
  await searchFor(page, query);
  await expect(status(page)).toHaveText(/^No results for “harbour0 harbour1/);
  const echo = status(page).locator('.search-echo');
  const lineHeight = await status(page).evaluate((element) => parseFloat(getComputedStyle(element).lineHeight) || 24);
  expect((await status(page).boundingBox())?.height ?? Infinity).toBeLessThan(lineHeight * 1.6);
  expect(await echo.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
});
