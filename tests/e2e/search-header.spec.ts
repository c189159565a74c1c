import { expect, test } from '@playwright/test';

test('typing in the header search box shows the top results under it', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Ayoub');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^\d+ results? for “Ayoub”/);
  await expect(page.getByRole('group', { name: 'Quick results' }).getByRole('listitem').getByRole('link').first()).toHaveAttribute('href', /^\/articles\//);
});

test('pressing Enter in the header search box opens the search page with the query', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Pompeo');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Pompeo$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “Pompeo”/);
});
