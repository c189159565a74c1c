/**
 * `npm run bench -- --articles N`: generate a synthetic archive in a temporary copy of the
 * project, then measure ingest, the full build, a bare Astro build of the same articles, page
 * and index sizes, and search in Chromium side by side with Pagefind. Prints a table and writes
 * `bench/results.json` (or `--out`); a run saved as `bench/results-<articles>.json` also writes
 * `bench/RESULTS.md` again from every saved run. The repository is never touched otherwise.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageBudgetGzip } from '../../src/lib/site/page-budget.ts';
import { createWorld, pickQueries, spreadQueries } from './archive/index.ts';
import { bareAstroOnce, createBareAstro } from './bare-astro.ts';
import { findBrowser } from './find-browser.ts';
import { buildFigures, buildOnce } from './measure-build.ts';
import { measureRebuilds } from './measure-rebuild.ts';
import { measureIngest } from './measure-ingest.ts';
import { measureStories } from './measure-stories.ts';
import { launchBareBrowser, type BareBrowser } from './bare-browser.ts';
import { measureFetchFloor, measureSearch, pagefindPage, searchFigures, type SearchEngine } from './measure-search.ts';
import { parseOptions, type BenchOptions } from './options.ts';
import { measurePageSizes } from './page-sizes.ts';
import { formatTable, searchRatios, type BenchResults } from './report.ts';
import { isSavedRun, writeResultsPage } from './results-page.ts';
import { runLighthouse } from './run-lighthouse.ts';
import { killRunning } from './run-measured.ts';
import { runPagefind } from './run-pagefind.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { takeTurns, type TurnOutcome } from './take-turns.ts';
import { copyProject, createWorkspace, writeSeeds, type Workspace } from './workspace.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

function log(message: string): void {
  console.log(`bench: ${message}`);
}

function packageVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(repo, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function browserVersion(path: string): string | null {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return null;
  }
}

/** Where results go; written after every step too, so a long run that is stopped keeps what it measured. */
let resultsFile: string | null = null;

function save(results: BenchResults): void {
  if (resultsFile === null) return;
  mkdirSync(dirname(resultsFile), { recursive: true });
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
}

/** Run one measurement; on failure, keep going and record why the figure is missing. */
async function step<T>(results: BenchResults, name: string, measure: () => Promise<T>): Promise<T | null> {
  const started = performance.now();
  save({ ...results, notes: [...results.notes, `partial: stopped before "${name}" finished`] });
  log(`${name}…`);
  try {
    const value = await measure();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.notes.push(`${name}: ${message}`);
    console.error(`bench: ${name} failed: ${message}`);
    return null;
  }
}

/** The values of a contender's runs; null, with a note and a message, when it failed or never ran. */
function valuesOf<T>(results: BenchResults, name: string, outcome: TurnOutcome<T> | undefined): T[] | null {
  if (outcome === undefined) return null;
  if (outcome.error === null) return outcome.values;
  results.notes.push(`${name}: ${outcome.error}`);
  console.error(`bench: ${name} failed: ${outcome.error}`);
  return null;
}

async function bench(options: BenchOptions, workspace: Workspace, resources: { server?: StaticServer; browser?: BareBrowser }): Promise<BenchResults> {
  const { articles, runs } = options;
  const timeout = (perArticleMs: number, floorMs: number): number => Math.max(floorMs, articles * perArticleMs);
  const world = createWorld({ seed: options.seed });
  const project = workspace.project;
  copyProject(repo, project);
  const generated = performance.now();
  const seedBytes = writeSeeds(world, join(project, 'seeds'), articles);
  const generateSeconds = (performance.now() - generated) / 1000;
  log(`generated ${articles} seeds (${(seedBytes / 1e6).toFixed(1)} MB) in ${generateSeconds.toFixed(1)} s into ${project}`);
  const chromiumPath = options.browser ? findBrowser() : null;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      memoryBytes: totalmem(),
      node: process.versions.node,
      chromium: chromiumPath === null ? null : browserVersion(chromiumPath),
      astro: packageVersion('astro') ?? 'not installed',
      pagefind: packageVersion('pagefind'),
    },
    options: { articles, runs, lighthouse: options.lighthouse, browser: options.browser, bare: options.bare, ingest: options.ingest, rebuild: options.rebuild, seed: options.seed, queries: options.queries, stories: options.stories },
    archive: { articles, seedBytes, generateSeconds },
    ingest: null,
    build: null,
    bareAstro: null,
    buildRatio: null,
    rebuild: null,
    sizes: null,
    memory: 'peak memory = largest sum of RSS over the process tree (npm, node, astro and their children), sampled every 100 ms',
    search: null,
    lighthouse: null,
    stories: null,
    notes: [],
  };

  results.stories = await step(results, `story detection and names at ${options.stories.map((size) => size.toLocaleString('en-US')).join(', ')} articles`, async () =>
    options.stories.map((size) => measureStories(world, size)),
  );
  if (options.ingest) {
    results.ingest = await step(results, 'ingest (cold, warm, one seed added)', () => measureIngest(world, project, articles, runs, timeout(100, 600_000)));
  } else {
    results.notes.push('ingest figures skipped (--no-ingest); the full build ingests cold');
  }
  const bare = join(workspace.root, 'bare-astro');
  // Without the bare project, our builds are still measured, alone.
  const bareReady =
    options.bare &&
    (await step(results, 'bare Astro project', async () => {
      createBareAstro(repo, bare, world, articles);
      return true;
    })) === true;
  const contenders = [() => buildOnce(project, timeout(300, 900_000), options.verbose)];
  if (bareReady) contenders.push(() => bareAstroOnce(bare, timeout(300, 900_000)));
  const builds = await step(results, bareReady ? 'npm run build and the bare Astro build, taking turns' : 'npm run build', () => takeTurns(runs, contenders));
  const ourBuilds = valuesOf(results, 'npm run build', builds?.[0]);
  const bareBuilds = valuesOf(results, 'bare Astro build', builds?.[1]);
  results.build = ourBuilds === null ? null : buildFigures(ourBuilds);
  results.bareAstro = bareBuilds === null ? null : buildFigures(bareBuilds);
  if (results.build !== null && results.bareAstro !== null) {
    results.buildRatio = {
      seconds: results.build.seconds / results.bareAstro.seconds,
      peakRss: results.build.peakRssBytes / results.bareAstro.peakRssBytes,
    };
  }
  // The last build left dist/ and its record: rebuilds after a one-seed change start from there.
  if (!options.rebuild) {
    results.notes.push('rebuild figures skipped (--no-rebuild)');
  } else if (results.build !== null) {
    results.rebuild = await step(results, 'rebuilds after adding, changing and deleting one seed', () => measureRebuilds(world, project, articles, runs, timeout(300, 900_000)));
  }
  const dist = join(project, 'dist');
  if (results.build !== null) {
    results.sizes = await step(results, 'page and index sizes', async () => measurePageSizes(dist));
    const largest = results.sizes?.largestPage;
    if (largest && largest.gzip >= pageBudgetGzip) results.notes.push(`largest page ${largest.path} is ${largest.gzip} bytes gzipped, over the ${pageBudgetGzip}-byte budget`);
    if (results.sizes !== null && results.sizes.searchIndex === null) results.notes.push('search index: no index files found in dist/ (looked for non-page files whose path names "search" or "index")');
  }

  if (chromiumPath === null) {
    results.notes.push('browser figures skipped (--no-browser)');
  } else if (results.build === null) {
    results.notes.push('browser figures skipped: the build failed');
  } else {
    const pagefindOut = join(workspace.root, 'pagefind-bundle');
    const indexSeconds = await step(results, 'Pagefind index', () => runPagefind(repo, dist, pagefindOut, timeout(100, 600_000)));
    const server = await serveStatic([
      { prefix: '/pagefind/', dir: pagefindOut },
      { prefix: '/', dir: dist },
    ]);
    resources.server = server;
    server.extra.set('/pagefind-bench/', pagefindPage);
    const browser = await launchBareBrowser(chromiumPath);
    resources.browser = browser;
    const all = pickQueries(world, articles);
    const queries = options.queries === null ? all : spreadQueries(all, options.queries);
    const warmUp = world.vocabulary.words[world.vocabulary.commonCount + 3] as string;
    const engines: SearchEngine[] = [
      { engine: 'ours', url: `${server.url}/search/` },
      ...(indexSeconds === null ? [] : [{ engine: 'pagefind' as const, url: `${server.url}/pagefind-bench/` }]),
    ];
    const outcomes = await step(results, `search in Chromium, ${engines.map((e) => e.engine).join(' and ')} taking turns (${queries.length} queries × ${runs} runs)`, () =>
      measureSearch(browser, server, engines, queries, warmUp, runs),
    );
    const [ours = null, pagefind = null] = engines.map((engine, i) => {
      const passes = valuesOf(results, `search in Chromium, ${engine.engine}`, outcomes?.[i]);
      return passes === null ? null : searchFigures(engine, queries, passes);
    });
    const documents = floorPaths(dist);
    const floor =
      documents.length === 0
        ? null
        : await step(results, `fetch floor (${documents.length} document files)`, () => measureFetchFloor(browser, `${server.url}/search/`, documents));
    if (ours !== null) {
      // Our figures stand on their own when Pagefind could not index the site or be queried (a note says why).
      results.search = { ours, pagefind, pagefindIndexSeconds: indexSeconds, ratios: pagefind === null ? null : searchRatios(ours, pagefind), floor };
    }
    if (options.lighthouse) {
      const z = results.sizes;
      const pages = [
        { page: 'home', url: `${server.url}/` },
        { page: 'article', url: `${server.url}${z?.article?.path ?? '/'}` },
        { page: 'timeline', url: `${server.url}${z?.timeline?.path ?? '/timeline/'}` },
        { page: 'search', url: `${server.url}/search/` },
      ];
      results.lighthouse = await step(results, `Lighthouse (${pages.length} pages × ${runs} runs)`, () => runLighthouse(chromiumPath, pages, runs));
    }
  }
  return results;
}

/** Ten of the index's document files, spread over the archive: what a query showing ten results fetches. */
function floorPaths(dist: string): string[] {
  const folder = join(dist, 'search-index', 'docs');
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  const count = Math.min(10, names.length);
  return Array.from({ length: count }, (_, i) => `/search-index/docs/${names[Math.floor((i * names.length) / count)]}`);
}

/** Figures that must be present for a complete run. */
function missingFigures(results: BenchResults, options: BenchOptions): string[] {
  const required: [string, unknown][] = [
    ['build', results.build],
    ['sizes', results.sizes],
    ['search index size', results.sizes?.searchIndex],
  ];
  if (options.ingest) required.push(['ingest', results.ingest]);
  if (options.bare) required.push(['bare Astro', results.bareAstro]);
  if (options.browser) required.push(['search', results.search], ['Pagefind search', results.search?.pagefind]);
  if (options.lighthouse) required.push(['lighthouse', results.lighthouse]);
  return required.filter(([, value]) => value === null || value === undefined).map(([name]) => name);
}

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  if (options.reportOnly) {
    const { path, runs } = writeResultsPage(join(repo, 'bench'));
    log(`wrote ${path} from ${runs.length === 0 ? 'no saved runs' : runs.join(', ')}`);
    return 0;
  }
  const workspace = createWorkspace(options.keep);
  const resources: { server?: StaticServer; browser?: BareBrowser } = {};
  const cleanUp = async (): Promise<void> => {
    killRunning();
    await resources.browser?.close().catch(() => undefined);
    await resources.server?.close().catch(() => undefined);
    workspace.remove();
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    console.error(`bench: ${signal}, cleaning up ${workspace.root}`);
    void cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const out = resolve(repo, options.out);
    resultsFile = out;
    const loadAtStart = loadavg()[0] ?? 0;
    const results = await bench(options, workspace, resources);
    // Times stretch when other work shares the machine: the run says how busy it was.
    results.notes.push(`load average (1 minute) ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end, on ${cpus().length} CPUs`);
    save(results);
    console.log(`\n${formatTable(results)}\n`);
    log(`wrote ${out}${options.keep ? `; kept ${workspace.root}` : ''}`);
    if (isSavedRun(out, join(repo, 'bench'))) log(`wrote ${writeResultsPage(join(repo, 'bench')).path} from the saved runs`);
    const missing = missingFigures(results, options);
    if (missing.length > 0) {
      console.error(`bench: incomplete: no figures for ${missing.join(', ')} (see the notes above).`);
      return 1;
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await cleanUp();
  }
}

process.exitCode = await main();
