import { expect, test, type Page } from '@playwright/test';
import { articlePathFor, sampleSeedId } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** The saved web page seeds/005_saved-page.html: its id keeps the extension (see src/lib/normalize/build-record.ts). */
const savedPage = {
  id: '005_saved-page.html',
  title: 'Volunteers put a century of valley weather diaries online',
  url: 'https://www.dunmorecourier.example/news/2021/09/14/valley-weather-diaries-online',
  firstItem: 'more than 36,000 daily entries, from 1 March 1919 to 28 February 2019;',
  lastItem: 'about 1,400 notes on snow, floods and late frosts.',
  /** What the page's own scripts would set, were they run. */
  scriptTitle: 'Saved page script ran',
} as const;

/** The web-clipper Markdown seed seeds/006_clipping.md. */
const clipping = {
  id: '006_clipping.md',
  title: 'Ferry returns to Carrick Sound after pier rebuild',
  url: 'https://news.westshore.example/2022/03/08/carrick-sound-ferry-returns',
  heading: 'What was rebuilt',
  quote: 'For eight months every bag of feed came over on a boat meant for people. Today we can bring a trailer across again.',
} as const;

/** The "Originally published at" line of the article on the page. */
function originalAddress(page: Page) {
  return page.getByRole('article').getByRole('paragraph').filter({ hasText: /^\s*Originally published at/ });
}

test.describe('a saved web page seed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(articlePathFor(testDist(), savedPage.id));
  });

  test("its article's page heading is the saved page's headline", async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(savedPage.title);
  });

  test("its article shows the saved page's list as a list", async ({ page }) => {
    const list = page.getByRole('article').getByRole('list');
    await expect(list).toHaveCount(1);
    await expect(list.getByRole('listitem').first()).toHaveText(savedPage.firstItem);
    await expect(list.getByRole('listitem').last()).toHaveText(savedPage.lastItem);
  });

  test('its article links to the address it was originally published at', async ({ page }) => {
    const link = originalAddress(page).getByRole('link');
    await expect(link).toHaveAttribute('href', savedPage.url);
    await expect(link).toHaveAttribute('rel', 'noopener noreferrer nofollow');
    await expect(link).toHaveText(/^www\.dunmorecourier\.example\/news\/2021\/09\/14\//);
  });

  test("its article runs none of the saved page's scripts", async ({ page }) => {
    await expect(page).toHaveTitle(new RegExp(`^${savedPage.title}`));
    expect(await page.evaluate(() => (window as { __savedPageScriptRan?: unknown }).__savedPageScriptRan)).toBeUndefined();
    await expect(page.getByText('__savedPageScriptRan')).toHaveCount(0);
  });
});

test.describe('a web-clipper Markdown seed', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(articlePathFor(testDist(), clipping.id));
  });

  test("its article's page heading is the clipping's title", async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(clipping.title);
  });

  test("its article shows the clipping's subheading as a level-2 heading", async ({ page }) => {
    await expect(page.getByRole('article').getByRole('heading', { level: 2, name: clipping.heading })).toBeVisible();
  });

  test("its article shows the clipping's quotation as a quote", async ({ page }) => {
    await expect(page.getByRole('article').getByRole('blockquote')).toHaveText(clipping.quote);
  });

  test('its article links to the address it was clipped from', async ({ page }) => {
    await expect(originalAddress(page).getByRole('link')).toHaveAttribute('href', clipping.url);
  });
});

test.describe('a plain text seed', () => {
  test('its article shows its headline and paragraphs, and no original address it does not state', async ({ page }) => {
    await page.goto(articlePathFor(testDist(), sampleSeedId));
    const article = page.getByRole('article');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("Pompeo says Russia responsible for Turkish soldiers' deaths");
    await expect(article.getByRole('paragraph').filter({ hasText: /^The United States for the first time Tuesday held Russia responsible/ })).toHaveCount(1);
    await expect(article.getByRole('paragraph').filter({ hasText: /^"We believe Russia has killed dozens of Turkish military personnel/ })).toHaveCount(1);
    await expect(originalAddress(page)).toHaveCount(0);
  });
});
