import { expect, test, type Locator, type Page } from '@playwright/test';
import { articlePathFor, sampleSeedId } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** A saved page with a source, a byline and removed lines. */
const savedPageId = '005_saved-page.html';

/** The disclosure holding every line of the seed. */
function lineList(page: Page): Locator {
  return page.locator('details').filter({ has: page.locator('#original') });
}

test('the original text is closed when an article page opens', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  await expect(page.getByRole('heading', { name: 'Original text', level: 2 })).toBeVisible();
  await expect(lineList(page)).not.toHaveAttribute('open', '');
  await expect(page.locator('#original')).toBeHidden();
});

test('the original text opens when the address ends in #original', async ({ page }) => {
  await page.goto(`${articlePathFor(testDist(), sampleSeedId)}#original`);
  await expect(lineList(page)).toHaveAttribute('open', '');
  await expect(page.locator('#original')).toBeInViewport();
});

test('the header link "Text as received" opens the original text', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), savedPageId));
  const link = page.getByRole('article').getByRole('link', { name: /^Text as received · \d+ lines? removed$/ });
  await link.click();
  await expect(page).toHaveURL(/#original$/);
  await expect(lineList(page)).toHaveAttribute('open', '');
  await expect(page.locator('#original')).toBeInViewport();
});

test('a printed article carries its original text, closed on screen or not', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), sampleSeedId));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#original')).toBeVisible();
});

test('removed lines are muted and carry their reason, not struck through in red', async ({ page }) => {
  await page.goto(`${articlePathFor(testDist(), savedPageId)}#original`);
  const removed = page.locator('#original li').filter({ hasText: /^Removed: / });
  await expect(removed.first()).toBeVisible();
  await expect(page.locator('#original del')).toHaveCount(0);
  const style = await removed.first().locator('.line-text').evaluate((el) => {
    const css = getComputedStyle(el);
    return { decoration: css.textDecorationLine, color: css.color, background: getComputedStyle(el.parentElement as Element).backgroundColor };
  });
  expect(style.decoration).not.toContain('line-through');
  const [r = 0, g = 0, b = 0] = (style.color.match(/\d+/g) ?? []).map(Number);
  expect(Math.max(r, g, b) - Math.min(r, g, b), `a grey, found ${style.color}`).toBeLessThan(40);
  expect(style.background).toBe('rgba(0, 0, 0, 0)');
});

test("the original text lists a seed's warnings as notes for checking, each with its line and without the file's name", async ({ page }) => {
  // tests/fixtures/e2e-seeds/e2e-undated.txt opens with front matter whose second line is a field no stage reads.
  await page.goto(`${articlePathFor(testDist(), 'e2e-undated')}#original`);
  const original = page.locator('#original');
  await expect(original.getByRole('heading', { name: 'Notes for checking', level: 3 })).toBeVisible();
  await expect(original.getByRole('listitem').filter({ hasText: /^Line 2: unknown front matter field "section" ignored; the fields read are title, date, byline, source, slug$/ })).toBeVisible();
  await expect(original).not.toContainText('e2e-undated.txt:');
});

test('an article whose seed gave no warning has no notes for checking', async ({ page }) => {
  await page.goto(`${articlePathFor(testDist(), sampleSeedId)}#original`);
  await expect(page.locator('#original')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Notes for checking' })).toHaveCount(0);
});

test('the line count says how many blank lines the file had', async ({ page }) => {
  await page.goto(`${articlePathFor(testDist(), sampleSeedId)}#original`);
  await expect(page.locator('#original')).toContainText(/\d+ lines, of which \d+ (was|were) left out of the article, each marked with the reason; \d+ blank lines? (is|are) not shown\./);
});

test('a title taken from the first sentence says so, and the home page does not repeat it as the summary', async ({ page }) => {
  const title = 'The United States for the first time held Russia responsible for the deaths of dozens of Turkish troops in Syria';
  await page.goto(articlePathFor(testDist(), '001_5bd94d3de42f0080'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('article').getByText('Title from the first sentence')).toBeVisible();

  await page.goto('/');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await expect(item).toContainText('…and announced new sanctions on Syrian officials.');
  await expect(item.locator('.summary-excerpt')).not.toContainText(title);
});

test("an article's header reads kicker, headline, byline, then date, reading time and the text as received", async ({ page }) => {
  await page.goto(articlePathFor(testDist(), savedPageId));
  const header = page.getByRole('article').locator('header');
  const text = (await header.innerText()).replace(/\s+/g, ' ').trim();
  expect(text).toMatch(/^Dunmore Courier Volunteers put a century of valley weather diaries online By Elena Marsh 14 September 2021 \d+ min read Text as received · \d+ lines removed/i);
  const font = await header.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(font).toMatch(/serif/i);
  expect(font.split(',')[0]).not.toMatch(/system-ui|sans/i);
});
