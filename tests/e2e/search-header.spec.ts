import { expect, test } from '@playwright/test';

test('typing in the header search box shows the top results under it', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Ayoub');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText(/^\d+ results? for “Ayoub”/);
  await expect(page.getByRole('group', { name: 'Quick results' }).getByRole('listitem').getByRole('link').first()).toHaveAttribute('href', /^\/articles\//);
});

test('pressing Enter in the header search box opens the search page with the query', async ({ page }) => {
  await page.goto('/timeline/');
  const box = page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' });
  await box.fill('Pompeo');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Pompeo$/);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(/results? for “Pompeo”/);
});

test('the search page has its own search box, focused, and none in the header', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Search the archive' })).toBeFocused();
  await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0);
  await expect(page.getByRole('banner').getByRole('link', { name: 'Search' })).toHaveAttribute('aria-current', 'page');
});

for (const width of [320, 375, 768, 1024, 1280, 1440, 1920]) {
  test(`the header's quick results stay inside the viewport at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/');
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' }).fill('Russia');
    const panel = page.getByRole('group', { name: 'Quick results' });
    await expect(panel.getByRole('listitem').first()).toBeVisible();
    const box = await panel.boundingBox();
    expect(box).not.toBeNull();
    const viewport = await page.evaluate(() => document.documentElement.clientWidth);
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(viewport);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport);
  });
}
