import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDevServer, type DevServer } from './support/dev-server.ts';
import { sampleSeedId, slugSuffix } from './support/site-pages.ts';
import { createTempProject, projectRoot, removeTempProject, type TempProject } from './support/temp-project.ts';

/** The only seed that names its source (Dunmore Courier): the copy leaves it out, so no article has a source. */
const seedWithSource = '005_saved-page.html';

/** The project's seeds but `seedWithSource`, by file name. */
function seedsWithoutSource(): Record<string, Uint8Array> {
  const folder = join(projectRoot, 'seeds');
  const names = readdirSync(folder).filter((name) => name !== seedWithSource && !name.startsWith('.'));
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(folder, name))]));
}

/** The article page of the sample seed, from the copy's collection (the dev server has no dist/). */
function samplePath(project: TempProject): string {
  const suffix = `-${slugSuffix(sampleSeedId)}.json`;
  const file = readdirSync(join(project.dir, 'src', 'content', 'articles')).find((name) => name.endsWith(suffix));
  if (file === undefined) throw new Error(`no collection file ending in ${suffix} in ${project.dir}: did the dev server ingest the seeds?`);
  return `/articles/${file.slice(0, -'.json'.length)}/`;
}

/** Console errors and page errors of a page, as they come. */
function errorsOf(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

test.describe('the dev server', () => {
  test.describe.configure({ mode: 'serial' });
  let project: TempProject;
  let server: DevServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    project = await createTempProject({ name: 'news-archive-dev', seedDirs: [], seedFiles: seedsWithoutSource() });
    server = await startDevServer(project);
  });

  test.afterAll(async () => {
    await server?.stop();
    if (project) await removeTempProject(project);
  });

  test('under npm run dev, an article page is styled and logs no CSP error', async ({ page }) => {
    test.setTimeout(90_000);
    const errors = errorsOf(page);
    await page.goto(`${server.url}${samplePath(project)}`, { timeout: 60_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // global.css rules off the article's header; a browser's own styles draw no border there.
    // (The page's column is no probe: beside the rail, the grid is what centres it.)
    await expect(page.locator('.article-header')).toHaveCSS('border-bottom-style', 'solid');
    await expect(page.locator('.skip-link')).not.toBeInViewport();
    await page.waitForLoadState('load');
    expect(errors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('under npm run dev, the search page finds articles', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${server.url}/search/?q=Pompeo`, { timeout: 60_000 });
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/^\d+ results? for “Pompeo”/, { timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toHaveAttribute('href', /^\/articles\//);
  });

  test('when no article names its source, the search page has no Source filter', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(`${server.url}/search/`, { timeout: 60_000 });
    await expect(page.getByRole('combobox', { name: 'Year' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Source' })).toHaveCount(0);
    await expect(page.getByText('Source', { exact: true })).toHaveCount(0);
  });

  test('under npm run dev, search finds an article added while the server runs', async ({ page }) => {
    test.setTimeout(120_000);
    // The added seed is the only article naming Skerryvore.
    copyFileSync(join(projectRoot, 'tests', 'fixtures', 'e2e-added-seed', 'e2e-added-lighthouse.txt'), join(project.seeds, 'e2e-added-lighthouse.txt'));
    await expect(async () => {
      await page.goto(`${server.url}/search/?q=Skerryvore`, { timeout: 30_000 });
      await expect(page.getByRole('main').getByRole('status')).toHaveText('1 result for “Skerryvore”', { timeout: 10_000 });
    }).toPass({ timeout: 100_000 });
    await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link')).toHaveText('Lighthouse keepers return to Skerryvore for a summer of repairs');
  });
});
