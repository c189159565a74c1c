import { expect, test } from '@playwright/test';
import { resultLinks, searchFor, status } from './search-helpers.ts';

test('markup in an article shows as text in search results and runs no script', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The markup test seed's body says `<script>window.__pwned = true; …</script>`.
  await searchFor(page, 'pwned defaced');
  await expect(status(page)).toHaveText(/^1 result for “pwned defaced”/);
  await expect(resultLinks(page).first()).toContainText('<b>bold</b>');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results).toContainText('<script>window.__pwned');
  await expect(results.locator('b, script, img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
