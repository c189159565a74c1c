import { expect, test } from '@playwright/test';

test('the home page opens with the newest article as its lead story', async ({ page }) => {
  await page.goto('/');
  const lead = page.getByRole('region', { name: 'Lead story' });
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText('Ferry returns to Carrick Sound after pier rebuild');
  await expect(lead).toContainText('8 March 2022');
});

test('the home page lists the other articles under a heading for each month, newest first', async ({ page }) => {
  await page.goto('/');
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  const months = headings.slice(1, headings.indexOf('Undated articles'));
  expect(months.slice(0, 2)).toEqual(['September 2021', 'March 2020']);
  const march = page.getByRole('region', { name: 'March 2020' });
  await expect(march.getByRole('heading', { level: 3 }).first()).toHaveText(/^The United States for the first time/);
});

test('the undated articles are one group under their own heading, not each marked "Undated"', async ({ page }) => {
  await page.goto('/');
  const undated = page.getByRole('region', { name: 'Undated articles' });
  await expect(undated.getByRole('heading', { level: 3, name: 'Russia: US-led strike killed 62 Syrian troops' })).toBeVisible();
  await expect(undated.getByText('Undated', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('main').getByText('Undated', { exact: true })).toHaveCount(0);
});
