import { expect, test } from '@playwright/test';

test("each year on the timeline has a chart whose bars link to their month on the year's page", async ({ page }) => {
  await page.goto('/timeline/');
  const chart = page.getByRole('group', { name: 'Articles per month in 2020' });
  await expect(chart.getByRole('link')).toHaveCount(1);
  await chart.getByRole('link', { name: 'March 2020: 1 article' }).click();
  await expect(page).toHaveURL('/timeline/2020/#2020-03');
  await expect(page.getByRole('heading', { name: 'March 2020' })).toBeInViewport();
});

test('the month chart is drawn without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/timeline/2021/');
  await expect(page.getByRole('group', { name: 'Articles per month in 2021' }).getByRole('link', { name: 'September 2021: 1 article' })).toBeVisible();
  await context.close();
});

test('a bar of the month chart shows the keyboard focus', async ({ page }) => {
  await page.goto('/timeline/2020/');
  const bar = page.getByRole('group', { name: 'Articles per month in 2020' }).getByRole('link', { name: 'March 2020: 1 article' });
  await bar.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(bar).toBeFocused();
  const stroke = await bar.locator('rect').evaluate((rect) => getComputedStyle(rect).strokeWidth);
  expect(parseFloat(stroke)).toBeGreaterThanOrEqual(2);
});
