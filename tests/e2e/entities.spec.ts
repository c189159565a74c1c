import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { articlePathFor, sampleSeedId } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** Article 000 names Mike Pompeo; so does 001, the other version of its story. */
const otherVersionTitle = 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria';

test("a reader goes from article 000 to Pompeo's page, to another article there, and back to the timeline", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const body = page.getByRole('article');
  await expect(body.getByRole('link', { name: 'Mike Pompeo' })).toHaveCount(1);
  await body.getByRole('link', { name: 'Mike Pompeo' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Pompeo');
  await expect(page.getByRole('region', { name: /^By month/ })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: otherVersionTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherVersionTitle);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Timeline' }).click();
  await expect(page.getByRole('region', { name: 'March 2020' }).getByRole('link', { name: otherVersionTitle })).toBeVisible();
});

test('the people, places and organizations indexes list each name with its count', async ({ page }) => {
  for (const [path, name] of [['/people/', 'Vladimir Putin'], ['/places/', 'Idlib'], ['/organizations/', 'NATO']] as const) {
    await page.goto(path);
    await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name, exact: true }) })).toContainText(/\d+ articles?/);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('spellings of one name share its page: Erdoğan and Erdogan', async ({ page }) => {
  await page.goto('/people/');
  await expect(page.getByRole('link', { name: /^Recep Tayyip Erdo[gğ]an$/ })).toHaveCount(1);
});

test("an article lists related articles by the names they share, leaving its story's versions to their own list", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const related = page.getByRole('region', { name: 'Related articles' });
  await expect(related.getByRole('link', { name: 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria' })).toBeVisible();
  await expect(related.getByRole('link', { name: otherVersionTitle })).toHaveCount(0);
});
