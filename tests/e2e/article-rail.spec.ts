import { expect, test, type Locator, type Page } from '@playwright/test';
import { articlePathFor, sampleSeedId } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** Seed 000's story has one other version, 001, which states the date 000 carries. */
const otherVersionTitle = 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria';

function rail(page: Page): Locator {
  return page.getByRole('complementary', { name: 'About this article' });
}

async function boxes(page: Page): Promise<{ article: { x: number; y: number; width: number; height: number }; rail: { x: number; y: number; width: number; height: number } }> {
  const article = await page.getByRole('article').boundingBox();
  const aside = await rail(page).boundingBox();
  if (article === null || aside === null) throw new Error('the article or its rail is not shown');
  return { article, rail: aside };
}

test('at 1280 px the rail sits to the right of the article, level with its top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const { article, rail: aside } = await boxes(page);
  expect(aside.x).toBeGreaterThanOrEqual(article.x + article.width);
  expect(aside.x + aside.width).toBeLessThanOrEqual(1280);
  expect(Math.abs(aside.y - article.y)).toBeLessThanOrEqual(40);
});

test('at 375 px the rail folds under the article, as wide as it', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const { article, rail: aside } = await boxes(page);
  expect(aside.y).toBeGreaterThanOrEqual(article.y + article.height);
  expect(Math.abs(aside.x - article.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(aside.width - article.width)).toBeLessThanOrEqual(1);
});

test("seed 000's rail links to the other version of its story, with its date and length", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const versions = rail(page).getByRole('region', { name: 'Other versions of this story' });
  const item = versions.getByRole('listitem').filter({ has: page.getByRole('link', { name: otherVersionTitle }) });
  await expect(item).toContainText('19 March 2020');
  await expect(item).toContainText(/\d+ words/);
  await item.getByRole('link', { name: otherVersionTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(otherVersionTitle);
});

test("seed 000's rail links to Mike Pompeo's page", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  const names = rail(page).getByRole('region', { name: 'People, places and organizations' });
  await expect(names.getByRole('heading', { level: 3 })).toHaveText(['People', 'Places', 'Organizations']);
  await names.getByRole('link', { name: 'Mike Pompeo', exact: true }).click();
  await expect(page).toHaveURL(/\/people\/mike-pompeo\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mike Pompeo');
});

test('"More from January 2001" lists the other articles of that month, newest first, and links to the month', async ({ page }) => {
  // The markup property's five seeds are dated 1 to 5 January 2001, and nothing else in the test site is.
  await page.goto(articlePathFor(testDist(), 'zz-markup-property-3'));
  const more = rail(page).getByRole('region', { name: 'More from January 2001' });
  await expect(more.getByRole('listitem').getByRole('link')).toHaveText([5, 4, 2, 1].map((n) => `Markup property sample ${n}`));
  await more.getByRole('link', { name: 'January 2001 in the timeline' }).click();
  await expect(page).toHaveURL(/\/timeline\/2001\/#2001-01$/);
});

test("an article's month leaves out the versions of its own story", async ({ page }) => {
  // 000 carries 001's date, 19 March 2020; 001 is the only other article of that month.
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  await expect(rail(page).getByRole('region', { name: 'Related articles' })).toBeVisible();
  await expect(rail(page).getByRole('region', { name: /^More from/ })).toHaveCount(0);
});
