import { expect, test, type Locator, type Page } from '@playwright/test';
import { articlePathFor } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

/** The previous/next navigation of the article page that is open. */
function steps(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Previous and next' });
}

/** The step to the article before (`prev`) or after (`next`) leads to `title`, under the words `label`. */
async function expectStep(page: Page, rel: 'prev' | 'next', label: string, title: string): Promise<void> {
  const item = steps(page).getByRole('listitem').filter({ has: page.locator(`a[rel="${rel}"]`) });
  await expect(item.getByRole('link')).toHaveText(title);
  await expect(item).toContainText(label);
}

test('a dated article steps to the newer article before it and the older one after it', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), '005_saved-page.html'));
  await expectStep(page, 'prev', 'Newer', 'Ferry returns to Carrick Sound after pier rebuild');
  await expectStep(page, 'next', 'Older', "Pompeo says Russia responsible for Turkish soldiers' deaths");
});

test('the oldest dated article leads on to the first undated article by title, which leads back to it', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), 'zz-markup-property-1'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markup property sample 1');
  await expectStep(page, 'next', 'First undated article', 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria');
  await expect(steps(page)).not.toContainText('No earlier or later');

  await steps(page).locator('a[rel="next"]').click();
  await expectStep(page, 'prev', 'Oldest dated article', 'Markup property sample 1');
});

test('an undated article steps to the undated articles before and after it by title', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), '004_59af26005722e3de'));
  await expectStep(page, 'prev', 'Previous by title', 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria');
  await expectStep(page, 'next', 'Next by title', 'Russia: US-led strike killed 62 Syrian troops');
  await expect(steps(page)).not.toContainText(/older|newer/i);
});

test('following next from the newest article visits the articles in the order the home page lists them', async ({ page }) => {
  await page.goto('/');
  const listed = await page.locator('.summary-title a').allTextContents();
  await page.locator('.summary-title a').first().click();
  const visited: string[] = [];
  for (;;) {
    visited.push((await page.getByRole('heading', { level: 1 }).textContent()) ?? '');
    const next = steps(page).locator('a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
  }
  // The home page lists each story once; the walk also passes its other versions.
  expect(visited.filter((title) => listed.includes(title))).toEqual(listed);
  expect(new Set(visited).size).toBe(visited.length);
});
