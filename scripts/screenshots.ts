/**
 * `npm run screenshots`: the README's pictures of the site. Builds the site from `seeds/` with
 * `npm run build` (with `--no-build`, takes `dist/` as it is), serves `dist/` on a free local port,
 * and drives the installed Chromium through Playwright to save the home page, seed 000's article
 * and the search page showing the results for "Pompeo", each at 375 and 1280 px wide and one
 * window high, in the light colour scheme, as `docs/screenshots/<page>-<width>.png`.
 * It never installs a browser.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { resultLinks } from '../tests/e2e/search-helpers.ts';
import { articlePathFor, sampleSeedId } from '../tests/e2e/support/site-pages.ts';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { chromiumFlags } from './chromium-flags.ts';
import { installedChromium } from './find-chromium.ts';
import { runCli } from './run-cli.ts';

const usage = `Usage: npm run screenshots -- [--no-build]

  (default)    build the site from seeds/ with \`npm run build\`, then take the screenshots
  --no-build   take them from dist/ as it is (build it first with \`npm run build\`)

Writes docs/screenshots/{home,article,search}-{375,1280}.png.`;

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(repo, 'dist');
const outDir = join(repo, 'docs', 'screenshots');

/** The query the search page is shown with; seeds/ has articles that name him. */
const searchQuery = 'Pompeo';

/** Window sizes: a small phone and a laptop, one window high (the browser tests use the same). */
const windows: readonly { readonly width: number; readonly height: number }[] = Object.freeze([
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
]);

interface Shot {
  readonly name: string;
  /** The URL path to open in the built site. */
  readonly path: string;
  /** Resolves when the page shows what the picture is for. */
  readonly ready: (page: Page) => Promise<void>;
}

/** A reason the pictures cannot be taken that the person running the script can fix: printed without a stack. */
class Refusal extends Error {}

function fail(message: string): never {
  throw new Refusal(message);
}

function build(): void {
  console.log('screenshots: building the site from seeds/ (npm run build)…');
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    fail(`\`npm run build\` failed (${result.status === null ? `signal ${result.signal}` : `exit ${result.status}`}); its output is above.\nFix: correct what it reports, then run \`npm run screenshots\` again.`);
  }
}

/** The three pages, checked to exist in `dist/`. */
function shotsIn(site: string): Shot[] {
  const home = join(site, 'index.html');
  if (!existsSync(home)) {
    fail(`no built site: ${relative(repo, home)} does not exist.\nFix: run \`npm run screenshots\` without --no-build, or \`npm run build\` first.`);
  }
  let article: string;
  try {
    article = articlePathFor(site, sampleSeedId);
  } catch (error) {
    fail(`${(error as Error).message}\nThe article picture is of seed ${sampleSeedId}; dist/ was built from other seeds.\nFix: restore seeds/${sampleSeedId}.txt and run \`npm run screenshots\` without --no-build.`);
  }
  const painted = async (page: Page): Promise<void> => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
  };
  return [
    { name: 'home', path: '/', ready: painted },
    { name: 'article', path: article, ready: painted },
    {
      name: 'search',
      path: `/search/?${new URLSearchParams({ q: searchQuery })}`,
      ready: async (page) => {
        await resultLinks(page)
          .first()
          .waitFor({ timeout: 20_000 })
          .catch(() => fail(`the search page listed no results for "${searchQuery}" within 20 s.\nFix: check that seeds/ still has an article naming ${searchQuery}, and that search works (npx playwright test tests/e2e/search-matching.spec.ts).`));
        await painted(page);
      },
    },
  ];
}

/** Save each page at each window size; returns the files written. */
async function shoot(browser: Browser, origin: string, shots: readonly Shot[]): Promise<string[]> {
  const files: string[] = [];
  for (const viewport of windows) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1, colorScheme: 'light', reducedMotion: 'reduce' });
    try {
      for (const shot of shots) {
        const page = await context.newPage();
        const response = await page.goto(`${origin}${shot.path}`);
        if (response?.status() !== 200) fail(`${shot.path} answered ${response?.status() ?? 'nothing'}, expected 200.\nFix: rebuild with \`npm run screenshots\` (without --no-build).`);
        await shot.ready(page);
        const file = join(outDir, `${shot.name}-${viewport.width}.png`);
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        files.push(file);
        await page.close();
      }
    } finally {
      await context.close();
    }
  }
  return files;
}

function report(files: readonly string[]): void {
  let total = 0;
  for (const file of files) {
    const bytes = statSync(file).size;
    total += bytes;
    console.log(`screenshots: wrote ${relative(repo, file)} (${(bytes / 1024).toFixed(1)} kB)`);
  }
  console.log(`screenshots: ${files.length} files, ${(total / 1024).toFixed(1)} kB in total.`);
}

async function takeScreenshots(rebuild: boolean): Promise<void> {
  let executablePath: string;
  try {
    executablePath = installedChromium();
  } catch (error) {
    fail((error as Error).message);
  }
  if (rebuild) build();
  const shots = shotsIn(dist);
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath, args: [...chromiumFlags] });
  try {
    report(await shoot(browser, server.url, shots));
  } finally {
    await browser.close();
    await server.close();
  }
}

runCli('screenshots', usage, async () => {
  const { values } = parseArgs({ options: { 'no-build': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } } });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  try {
    await takeScreenshots(!values['no-build']);
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(`screenshots: ${error.message}`);
    return 1;
  }
});
