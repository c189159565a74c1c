import { expect, test } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { allPagePaths, pageOfEachType, pageTypes } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const type of pageTypes) {
    test(`axe finds no violations on the ${type} page in the ${colorScheme} color scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(pageOfEachType(testDist())[type]);
      expect(response?.status()).toBe(type === 'not-found' ? 404 : 200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in an article's open original text in the ${colorScheme} color scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${pageOfEachType(testDist()).article}#original`);
    await expect(page.locator('#original')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

/** The every-page check is split so that both workers share it. */
const parts = 4;

for (let part = 1; part <= parts; part += 1) {
  test(`axe finds no violations on any page of the site (part ${part} of ${parts})`, async ({ page }) => {
    test.setTimeout(240_000);
    const paths = allPagePaths(testDist()).filter((_, index) => index % parts === part - 1);
    for (const path of paths) {
      await test.step(path, async () => {
        await page.goto(path);
        expect.soft(await axeViolations(page), path).toEqual([]);
      });
    }
  });
}
