import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageOfEachType, pageTypes } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';


for (const width of [375, 1280] as const) {
  for (const type of pageTypes) {
    test(`the ${type} page fits ${width} px without sideways scrolling (screenshot saved)`, async ({ page }) => {
      await page.setViewportSize({ width, height: width === 375 ? 812 : 800 });
      const response = await page.goto(pageOfEachType(testDist())[type]);
      // Kept as artifacts of the run (test-results/screenshots/), for a person to look at.
      const path = join(test.info().project.outputDir, 'screenshots', `${type}-${width}.png`);
      await page.screenshot({ path, fullPage: true });
      await test.info().attach(`${type}-${width}`, { path, contentType: 'image/png' });
      expect(response?.status()).toBe(type === 'not-found' ? 404 : 200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    });
  }
}
