import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { articlePathFor } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** The saved page seed states its author and publisher. */
const savedPage = { id: '005_saved-page.html', title: 'Volunteers put a century of valley weather diaries online', author: 'Elena Marsh', source: 'Dunmore Courier' } as const;

test("a reader goes from an article to its author's page, which lists it", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), savedPage.id));
  await page.getByRole('article').getByRole('link', { name: savedPage.author }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Articles by ${savedPage.author}`);
  await expect(page.getByRole('link', { name: savedPage.title })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("a reader goes from an article to its source's page, which lists it", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), savedPage.id));
  await page.getByRole('article').getByRole('link', { name: savedPage.source }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Articles from ${savedPage.source}`);
  await expect(page.getByRole('link', { name: savedPage.title })).toBeVisible();
});

test('the authors index lists each author with a count, linked from every page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Authors' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: savedPage.author }) })).toContainText(/\d+ articles?/);
  expect(await axeViolations(page)).toEqual([]);
});
