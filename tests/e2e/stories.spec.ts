import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { articlePathFor, sampleSeedId } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** Seeds 000 and 001 are two versions of one AFP story; 001 states its date, 000 states none. */
const undatedVersion = sampleSeedId;
const datedTitle = 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria';
const undatedTitle = "Pompeo says Russia responsible for Turkish soldiers' deaths";

function versionsSection(page: import('@playwright/test').Page) {
  return page.getByRole('region', { name: 'Other versions of this story' });
}

test('a reader goes from article 000 to the other version of its story', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), undatedVersion));
  await versionsSection(page).getByRole('link', { name: datedTitle }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(datedTitle);
  await expect(versionsSection(page).getByRole('link', { name: undatedTitle })).toBeVisible();
});

test("a version's comparison, opened from the rail, lists the paragraphs added, removed and changed", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), undatedVersion));
  await versionsSection(page).getByRole('link', { name: 'Compare with this version' }).click();
  const section = page.getByRole('region', { name: 'How the other versions differ' });
  await expect(section.getByText(/\d+ paragraphs? added, \d+ paragraphs? removed, \d+ paragraphs? changed, \d+ paragraphs? the same\./)).toBeVisible();
  await expect(section.getByRole('listitem').filter({ hasText: /^Changed:/ }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test("an undated version shows the story's date, saying it comes from another version", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), undatedVersion));
  const meta = page.getByRole('article').getByRole('paragraph').filter({ hasText: 'from another version of this story' });
  await expect(meta.getByRole('time')).toHaveText('19 March 2020');
  await meta.getByRole('link', { name: 'another version of this story' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(datedTitle);
});

test('the home page lists the story once, with its other version under it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 3, name: datedTitle })).toHaveCount(1);
  await expect(page.getByRole('heading', { name: undatedTitle })).toHaveCount(0);
  await page.getByText('Another version of this story').first().click();
  await expect(page.getByRole('link', { name: undatedTitle })).toBeVisible();
});

test('the timeline lists the story once, in the month of its stated date', async ({ page }) => {
  await page.goto('/timeline/2020/');
  const month = page.getByRole('region', { name: 'March 2020' });
  await expect(month.getByRole('link', { name: datedTitle })).toBeVisible();
  await expect(month.getByRole('link', { name: undatedTitle })).toBeHidden();
});

test('the timeline shows an estimated date in its own lane, marked as estimated', async ({ page }) => {
  await page.goto('/timeline/');
  const lane = page.getByRole('region', { name: '2015 or later, estimated from the text' });
  const item = lane.getByRole('listitem').filter({ hasText: 'Russia accused of bombing US-backed militants in Syria' });
  await expect(item).toContainText('after 16 December 2015 (estimated from the text)');
  await expect(page.getByRole('region', { name: 'December 2015' })).toHaveCount(0);
});

test("an article that states no date shows the estimate from its text, not a date", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), '004_59af26005722e3de'));
  await expect(page.getByRole('article').getByText('after 16 December 2015 (estimated from the text)')).toBeVisible();
});
