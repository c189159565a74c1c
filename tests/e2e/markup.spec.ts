import { expect, test, type Page } from '@playwright/test';
import { articlePathFor } from './support/site-pages.ts';
import { markupCorpus, testDist } from './support/test-site.ts';

/** The test seed tests/fixtures/e2e-seeds/e2e-markup-in-text.txt. */
const markupSeedId = 'e2e-markup-in-text';
const scriptText = '<script>window.__pwned = true; alert(1)</script>';
const imgText = '<img src=x onerror="window.__pwned = true; alert(1)">';
const markdownText = '# * _ [x](y) {{ }} ---';

/** The "Original text" section of an article page. */
function originalText(page: Page) {
  return page.locator('section').filter({ has: page.getByRole('heading', { name: 'Original text', level: 2 }) });
}

/** Record (and dismiss) every dialog the page opens; a seed's `alert(1)` would land here. */
function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

test('markup in a seed is shown as text in the article', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), markupSeedId));
  const article = page.getByRole('article');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('debates <b>bold</b> plan');
  await expect(article.getByText(scriptText)).toBeVisible();
  await expect(article.getByText(imgText)).toBeVisible();
  await expect(article.getByText('javascript:alert(1)')).toBeVisible();
  await expect(article.getByText(markdownText)).toBeVisible();
  await expect(article.locator('b, img[src="x"], script:not([type="application/ld+json"])')).toHaveCount(0);
});

test('markup in a seed is shown as text in the original text view', async ({ page }) => {
  await page.goto(`${articlePathFor(testDist(), markupSeedId)}#original`);
  const original = originalText(page);
  await expect(original.getByText(scriptText)).toBeVisible();
  await expect(original.getByText(imgText)).toBeVisible();
  await expect(original.getByText(markdownText)).toBeVisible();
  await expect(original.getByText('Harbour council debates <b>bold</b> plan after </script><script> tags deface its website')).toBeVisible();
  await expect(original.locator('b, img, script')).toHaveCount(0);
});

test('markup in a seed runs no script on the article, home and timeline pages', async ({ page }) => {
  const dialogs = recordDialogs(page);
  const article = articlePathFor(testDist(), markupSeedId);
  await page.goto(article);
  const time = page.getByRole('article').locator('time[datetime]');
  const year = (await time.count()) > 0 ? (await time.first().getAttribute('datetime'))?.slice(0, 4) : undefined;
  for (const path of [article, '/', '/timeline/', year === undefined ? '/timeline/undated/' : `/timeline/${year}/`]) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    });
  }
  expect(dialogs).toEqual([]);
});

test('markup in a title stays text in the page title and the JSON-LD headline', async ({ page }) => {
  await page.goto(articlePathFor(testDist(), markupSeedId));
  const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  expect(title).toContain('<b>bold</b>');
  expect(await page.title()).toContain('<b>bold</b>');
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(jsonLd.length).toBeGreaterThan(0);
  const headlines = jsonLd.map((text) => (JSON.parse(text) as { headline?: string }).headline);
  expect(headlines).toContain(title);
});

test('1,000 generated strings that look like markup appear as the same literal text on their article pages', async ({ page }) => {
  test.setTimeout(120_000);
  const corpus = markupCorpus();
  const files = [...new Set(corpus.cases.map((c) => c.file))];
  const missing: string[] = [];
  let inBody = 0;
  for (const file of files) {
    await page.goto(articlePathFor(testDist(), file.replace(/\.txt$/, '')));
    const { body, original } = await page.evaluate(() => {
      const text = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const heading = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Original text');
      const section = heading?.closest('section') ?? heading?.parentElement ?? null;
      const paragraphs = [...document.querySelectorAll('article p')].filter((p) => !section?.contains(p));
      const lines = section ? [...section.querySelectorAll('li, p, tr, del, ins, span, div')].map(text) : [];
      return { body: paragraphs.map(text), original: lines };
    });
    const bodySet = new Set(body);
    for (const c of corpus.cases.filter((c) => c.file === file)) {
      if (bodySet.has(c.paragraph)) inBody += 1;
      else if (!original.some((line) => line.includes(c.paragraph))) missing.push(JSON.stringify(c.text));
    }
  }
  const summary = `${corpus.cases.length} cases (MARKUP_SEED=${corpus.seed}): ${inBody} as body paragraphs, the rest in the original text`;
  test.info().annotations.push({ type: 'markup property', description: summary });
  console.log(`markup property: ${summary}`);
  expect(missing, `strings not found literally (repeat with MARKUP_SEED=${corpus.seed})`).toEqual([]);
  expect(corpus.cases.length).toBeGreaterThanOrEqual(1000);
});
