import { expect, test, type Page } from '@playwright/test';

/** The first article listed on the current page whose title no other link shares: its link's name and address. */
async function firstArticleLink(page: Page): Promise<{ name: string; href: string }> {
  const links = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((anchors) =>
      anchors.map((a) => ({ name: (a.textContent ?? '').replace(/\s+/g, ' ').trim(), href: a.getAttribute('href') ?? '' })),
    );
  const unique = (name: string): boolean => links.filter((link) => link.name === name).length === 1;
  const first = links.find((link) => link.href.startsWith('/articles/') && link.name !== '' && unique(link.name));
  if (first === undefined) throw new Error('the home page lists no link to /articles/… with a title of its own');
  return first;
}

test('a reader opens an article from the home page, finds it again through the timeline and goes back home, by clicking links', async ({ page }) => {
  await page.goto('/');
  const article = await firstArticleLink(page);

  await page.getByRole('main').getByRole('link', { name: article.name, exact: true }).click();
  await expect(page).toHaveURL(article.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.name);
  const time = page.getByRole('article').locator('time[datetime]');
  const datetime = (await time.count()) > 0 ? await time.first().getAttribute('datetime') : null;
  const group = datetime === null ? 'Undated' : datetime.slice(0, 4);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL('/timeline/');
  await page.getByRole('main').getByRole('link', { name: group, exact: true }).first().click();
  await expect(page).toHaveURL(`/timeline/${group.toLowerCase()}/`);
  await page.getByRole('main').getByRole('link', { name: article.name, exact: true }).click();
  await expect(page).toHaveURL(article.href);

  await page.getByRole('banner').getByRole('link', { name: 'News archive' }).click();
  await expect(page).toHaveURL('/');
});

test("the browser's back button returns through the pages a reader visited", async ({ page }) => {
  await page.goto('/');
  const article = await firstArticleLink(page);
  await page.getByRole('main').getByRole('link', { name: article.name, exact: true }).click();
  await expect(page).toHaveURL(article.href);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
  await expect(page).toHaveURL('/timeline/');

  await page.goBack();
  await expect(page).toHaveURL(article.href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.name);
  await page.goBack();
  await expect(page).toHaveURL('/');
});

test('every page has the header, the main navigation, the search box and a skip link to the content', async ({ page }) => {
  for (const path of ['/', '/timeline/', '/search/']) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole('banner').getByRole('link', { name: 'News archive' })).toHaveAttribute('href', '/');
      const nav = page.getByRole('navigation', { name: 'Main' });
      for (const name of ['Home', 'Timeline', 'Search']) await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(page.getByRole('search').getByRole('searchbox', { name: 'Search the archive' }).first()).toBeAttached();
      const skip = page.getByRole('link', { name: 'Skip to content' });
      await expect(skip).toHaveAttribute('href', '#main');
      await expect(page.locator('main#main')).toHaveCount(1);
    });
  }
});

test('a missing page answers 404 with a page that links back home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  await expect(page.getByRole('banner').getByRole('link', { name: 'News archive' })).toHaveAttribute('href', '/');
});
