import { expect, test, type Page } from '@playwright/test';
import { pageOfEachType, pageTypes } from './support/site-pages.ts';
import { testDist } from './support/test-site.ts';

const widths = [320, 375, 768, 1280, 1920] as const;

/** Whether a computed colour is a red: red well above both green and blue. */
function isRed(color: string): boolean {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return r > 120 && r > g * 1.6 && r > b * 1.6;
}

/** Press Tab until a link or control inside main has the focus, and return its outline. */
async function tabIntoMain(page: Page): Promise<{ style: string; width: string; color: string }> {
  for (let presses = 0; presses < 40; presses += 1) {
    await page.keyboard.press('Tab');
    const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null && document.activeElement !== document.body);
    if (inMain) break;
  }
  return page.evaluate(() => {
    const css = getComputedStyle(document.activeElement as Element);
    return { style: css.outlineStyle, width: css.outlineWidth, color: css.outlineColor };
  });
}

for (const width of widths) {
  test(`no page type scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const type of pageTypes) {
      await test.step(type, async () => {
        await page.goto(pageOfEachType(testDist())[type]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect.soft(overflow, `the ${type} page scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
      });
    }
  });
}

for (const width of widths) {
  test(`the header's quick results stay inside the window at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(pageOfEachType(testDist()).article);
    await page.getByRole('banner').getByRole('searchbox', { name: 'Search the archive' }).fill('Russia');
    const panel = page.getByRole('group', { name: 'Quick results' });
    await expect(panel.getByRole('listitem').first()).toBeVisible();
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways with the panel open').toBeLessThanOrEqual(0);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a link focused from the keyboard shows a visible outline that is not red (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(pageOfEachType(testDist()).article);
    const outline = await tabIntoMain(page);
    expect(outline.style).toBe('solid');
    expect(parseFloat(outline.width)).toBeGreaterThanOrEqual(2);
    expect(isRed(outline.color), `outline colour ${outline.color}`).toBe(false);
  });
}

test('a focused search box has an outline that is not red', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('main').getByRole('searchbox').focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  const color = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineColor);
  expect(isRed(color), `outline colour ${color}`).toBe(false);
});

test('the footer sits at the bottom of the window on a short page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.goto(pageOfEachType(testDist())['not-found']);
  const footer = page.getByRole('contentinfo');
  const box = await footer.boundingBox();
  expect(box).not.toBeNull();
  expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBe(1400);
});

for (const width of [1280, 1920] as const) {
  test(`at ${width} px an article, beside its rail, is centred at the reading measure of every page`, async ({ page }) => {
    await page.setViewportSize({ width, height: 1000 });
    await page.goto('/');
    const measure = await page.getByRole('main').evaluate((main) => {
      const css = getComputedStyle(main);
      return main.clientWidth - parseFloat(css.paddingLeft) - parseFloat(css.paddingRight);
    });
    await page.goto(pageOfEachType(testDist()).article);
    await expect(page.getByRole('complementary', { name: 'About this article' })).toBeVisible();
    const box = await page.getByRole('article').boundingBox();
    const window = await page.evaluate(() => document.documentElement.clientWidth);
    const left = box?.x ?? 0;
    const right = window - left - (box?.width ?? 0);
    expect(Math.abs(left - right)).toBeLessThanOrEqual(20);
    expect(box?.width ?? 0).toBeCloseTo(measure, 0);
  });
}

test('list headlines are serif and neither blue nor underlined', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('.summary-title a').first();
  const css = await link.evaluate((el) => {
    const style = getComputedStyle(el);
    return { family: style.fontFamily, decoration: style.textDecorationLine, color: style.color, text: getComputedStyle(document.body).color };
  });
  expect(css.family.split(',')[0]).not.toMatch(/system-ui|sans/i);
  expect(css.decoration).toBe('none');
  expect(css.color).toBe(css.text);
});
