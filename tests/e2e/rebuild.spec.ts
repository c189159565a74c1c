import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic, type StaticServer } from './support/static-server.ts';
import { addSeedDir, buildProject, copyTempProject, projectRoot, removeTempProject, type TempProject } from './support/temp-project.ts';
import { articlePathFor, articlePaths } from './support/site-pages.ts';
import { rebuildCopyFile, testDist, testProjectDir } from './support/test-site.ts';

const addedSeedDir = join(projectRoot, 'tests', 'fixtures', 'e2e-added-seed');
const addedId = 'e2e-added-lighthouse';
const addedTitle = 'Lighthouse keepers return to Skerryvore for a summer of repairs';
/** A word that is in no other seed. */
const addedWord = 'Skerryvore';

/** Files of the built site other than pages (the search index among them) that contain `word`, in any case. */
function dataFilesContaining(dist: string, word: string): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(json|js|mjs)$/.test(name) && readFileSync(path, 'utf8').toLowerCase().includes(word.toLowerCase())) {
        found.push(path);
      }
    }
  };
  walk(dist);
  return found;
}

test.describe('adding a seed and rebuilding', () => {
  test.describe.configure({ mode: 'default' });
  let copy: TempProject;
  let server: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const record = rebuildCopyFile(testProjectDir());
    if (existsSync(record)) {
      const dir = readFileSync(record, 'utf8').trim();
      copy = { dir, seeds: join(dir, 'seeds'), dist: join(dir, 'dist') };
    } else {
      const original: TempProject = { dir: testProjectDir(), seeds: join(testProjectDir(), 'seeds'), dist: testDist() };
      copy = await copyTempProject(original, 'news-archive-rebuild');
      await addSeedDir(copy, addedSeedDir);
      const built = copy;
      const { seconds } = await buildProject(built).catch(async (error: unknown) => {
        await removeTempProject(built);
        throw error;
      });
      console.log(`rebuild: built the copy with one more seed in ${seconds.toFixed(1)} s`);
      writeFileSync(record, copy.dir);
    }
    server = await serveStatic(copy.dist);
  });

  test.afterAll(async () => {
    await server?.close();
  });

  test('the new article appears on the home page and opens its own page', async ({ page }) => {
    await page.goto(`${server.url}/`);
    await page.getByRole('main').getByRole('link', { name: addedTitle }).first().click();
    await expect(page).toHaveURL(`${server.url}${articlePathFor(copy.dist, addedId)}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(addedTitle);
    await expect(page.getByRole('article').getByText('twelve miles south-west of Tiree')).toBeVisible();
  });

  test('the new article appears in the timeline under its year and month', async ({ page }) => {
    await page.goto(`${server.url}/timeline/`);
    await page.getByRole('main').getByRole('link', { name: '2018', exact: true }).first().click();
    await expect(page).toHaveURL(`${server.url}/timeline/2018/`);
    await expect(page.getByRole('main').getByRole('link', { name: addedTitle })).toBeVisible();
    await expect(page.locator('[id="2018-05"]')).toHaveCount(1);
  });

  test('the search index holds the new article', () => {
    expect(dataFilesContaining(copy.dist, addedWord)).not.toEqual([]);
    expect(dataFilesContaining(testDist(), addedWord)).toEqual([]);
  });

  test("no other article's URL changes", () => {
    const before = articlePaths(testDist());
    const after = articlePaths(copy.dist);
    expect(after.filter((path) => !before.includes(path))).toEqual([articlePathFor(copy.dist, addedId)]);
    expect(before.filter((path) => !after.includes(path))).toEqual([]);
  });
});
