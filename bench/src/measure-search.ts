import { setTimeout as sleep } from 'node:timers/promises';
import { summarize, type BenchQuery, type Summary } from './archive/index.ts';
import type { BareBrowser, BarePage } from './bare-browser.ts';
import type { StaticServer } from './static-server.ts';
import { takeTurns, type TurnOutcome } from './take-turns.ts';

/** One query's figures: medians over runs. */
export interface QueryFigure {
  readonly kind: string;
  readonly query: string;
  /** Keystroke to results painted on a freshly loaded page, ms. */
  readonly coldMs: number;
  /** Bytes the server sent (headers and compressed bodies) from the first interaction to the results, cold. */
  readonly coldBytes: number;
  /** Keystroke to results painted on a page that has already searched, ms. */
  readonly warmMs: number;
  readonly warmBytes: number;
  /** Results the page reported (links in the results region). */
  readonly results: number;
}

export interface SearchFigures {
  readonly engine: 'ours' | 'pagefind';
  readonly url: string;
  readonly coldMs: Summary;
  readonly coldBytes: Summary;
  readonly warmMs: Summary;
  readonly warmBytes: Summary;
  /** Queries for which the page showed no result. */
  readonly noResults: readonly string[];
  readonly queries: readonly QueryFigure[];
}

/** A page of the same server that searches through Pagefind's JavaScript API and lists the first ten results. */
export const pagefindPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body><main id="main">
<input type="search" aria-label="Search the archive">
<p role="status"></p>
<section aria-label="Search results"><ol></ol></section>
</main>
<script type="module">
const input = document.querySelector('input');
const status = document.querySelector('[role=status]');
const list = document.querySelector('ol');
let pagefind;
let latest = 0;
const load = async () => {
  pagefind ??= import('/pagefind/pagefind.js').then(async (module) => { await module.init(); return module; });
  return pagefind;
};
input.addEventListener('focus', () => { load(); });
input.addEventListener('input', async () => {
  const query = input.value.trim();
  const mine = ++latest;
  if (query === '') { list.replaceChildren(); status.textContent = ''; return; }
  const api = await load();
  const search = await api.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
  if (mine !== latest) return;
  list.replaceChildren(...data.map((item) => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta.title ?? item.url;
    li.append(a);
    return li;
  }));
  status.textContent = search.results.length === 0 ? 'No results for “' + query + '”' : search.results.length + ' results for “' + query + '”';
});
</script>
</body></html>
`;

interface Measured {
  readonly ms: number;
  readonly bytes: number;
  readonly results: number;
}

/**
 * In-page code, kept as plain JavaScript text: the page evaluates expressions, and functions
 * turned into text would carry the TypeScript loader's helpers (`__name`), which it lacks.
 */
const clockSource = `(() => {
  window.__benchStart = null;
  if (window.__benchClock) return;
  window.__benchClock = true;
  const mark = () => { if (window.__benchStart === null) window.__benchStart = performance.now(); };
  document.addEventListener('focusin', mark, true);
  document.addEventListener('input', mark, true);
})()`;

/**
 * Resolves when a status line names the query and the region labelled "Search results" lists
 * links (or the status says there are none), after the next frame is painted; gives ms since
 * the first focus or input event.
 */
const waitSource = `(({ query, timeoutMs }) => new Promise((resolve) => {
  const wanted = query.toLowerCase().replace(/\\s+/g, ' ').trim();
  const regions = () => [...document.querySelectorAll('[aria-label], [aria-labelledby]')].filter((element) => {
    const labelledBy = element.getAttribute('aria-labelledby');
    const label = element.getAttribute('aria-label') ?? (labelledBy === null ? '' : (document.getElementById(labelledBy)?.textContent ?? ''));
    return label.trim().toLowerCase() === 'search results';
  });
  const check = () => {
    const statuses = [...document.querySelectorAll('[role="status"], output')].map((element) => (element.textContent ?? '').toLowerCase().replace(/\\s+/g, ' '));
    const status = statuses.find((text) => text.includes(wanted));
    if (status === undefined) return null;
    const links = regions().reduce((sum, region) => sum + region.querySelectorAll('a[href]').length, 0);
    if (links > 0) return { results: links };
    return /\\bno\\b.*\\bresults?\\b|\\b0 results?\\b|nothing/.test(status) ? { results: 0 } : null;
  };
  let done = false;
  let observer;
  let timer;
  const finish = (value) => {
    if (done) return;
    done = true;
    observer.disconnect();
    clearTimeout(timer);
    resolve(value);
  };
  const attempt = () => {
    const found = check();
    if (found === null) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => {
      const start = window.__benchStart;
      finish(start === null ? { error: 'the page saw no focus or input event' } : { ms: performance.now() - start, results: found.results });
    }, 0));
  };
  observer = new MutationObserver(attempt);
  timer = setTimeout(() => {
    const statuses = [...document.querySelectorAll('[role="status"], output')].map((element) => JSON.stringify(element.textContent ?? '')).join(', ');
    const found = regions();
    const links = found.reduce((sum, region) => sum + region.querySelectorAll('a[href]').length, 0);
    finish({ error: 'no results shown for "' + query + '" within ' + timeoutMs + ' ms (status lines: ' + (statuses || 'none') + '; links in ' + found.length + ' regions labelled "Search results": ' + links + ')' });
  }, timeoutMs);
  observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  attempt();
}))`;

/**
 * Resolves once no request of the page has finished for 500 ms (at most 30 s): a stand-in for
 * Playwright's `networkidle`, which needs the Network domain. It sees the page's own requests,
 * not a worker's, and neither engine fetches anything before the search field is focused.
 */
const quietSource = `new Promise((resolve) => {
  let seen = -1;
  const since = performance.now();
  const check = () => {
    const now = performance.getEntriesByType('resource').length;
    if (now === seen || performance.now() - since > 30000) resolve(true);
    else { seen = now; setTimeout(check, 500); }
  };
  check();
})`;

/** The search page's own input (inside `<main>`), else the first searchbox named "Search the archive". */
const inputSource = `(document.querySelector('main input[type="search"]') ?? document.querySelector('input[type="search"][aria-label="Search the archive"]'))`;

function waitForResults(page: BarePage, query: string, timeoutMs: number): Promise<{ ms: number; results: number } | { error: string }> {
  return page.evaluate(`${waitSource}(${JSON.stringify({ query, timeoutMs })})`);
}

/** Counts the bytes the server sends while counting is on (workers' requests included). */
interface ByteCounter {
  start(): void;
  stop(): Promise<number>;
}

function byteCounter(server: StaticServer): ByteCounter {
  let from = 0;
  return {
    start: () => {
      from = server.bytesSent();
    },
    stop: async () => {
      // Let the last responses finish.
      await sleep(20);
      return server.bytesSent() - from;
    },
  };
}

/** Runs `use` on the search page at `url`, loaded and idle in a fresh browser context, then closes it. */
async function onSearchPage<T>(browser: BareBrowser, url: string, use: (page: BarePage) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  try {
    const status = await page.goto(url);
    if (status < 200 || status > 299) {
      const answered = status === 0 ? 'gave no HTTP status' : `answered ${status}`;
      throw new Error(`bench: ${url} ${answered}; expected the search page.\nFix: check that the build writes it (dist/search/index.html).`);
    }
    await page.evaluate(quietSource);
    await page.evaluate(clockSource);
    if (!(await page.evaluate<boolean>(`${inputSource} !== null`))) {
      throw new Error(`bench: ${url} has no search input (looked for input[type="search"] in <main>, then one labelled "Search the archive").`);
    }
    return await use(page);
  } finally {
    // A failure to close must not hide the error that ended the work.
    await page.close().catch(() => undefined);
  }
}

async function measureOne(page: BarePage, bytes: ByteCounter, query: string, timeoutMs: number): Promise<Measured> {
  await page.evaluate('window.__benchStart = null');
  bytes.start();
  await page.evaluate(`${inputSource}.focus()`);
  await page.insertText(query);
  const result = await waitForResults(page, query, timeoutMs);
  const received = await bytes.stop();
  if ('error' in result) throw new Error(`bench: ${page.url()}: ${result.error}.`);
  return { ms: result.ms, bytes: received, results: result.results };
}

/** Empties the search field as a person would: select all, then Delete. */
async function clear(page: BarePage): Promise<void> {
  await page.evaluate(`${inputSource}.select()`);
  await page.press('Delete');
  await sleep(50);
}

/** One engine to measure: its name and the URL of its search page. */
export interface SearchEngine {
  readonly engine: 'ours' | 'pagefind';
  readonly url: string;
}

/** One pass over the queries on one engine: each query once cold and once warm. */
export interface SearchPass {
  readonly cold: ReadonlyMap<string, Measured>;
  readonly warm: ReadonlyMap<string, Measured>;
}

/**
 * Each query once on a fresh page in a fresh browser context (empty cache), then each once
 * more on one page that has already run a warm-up query and the queries before it.
 */
async function searchPass(browser: BareBrowser, bytes: ByteCounter, url: string, queries: readonly BenchQuery[], warmUp: string, timeoutMs: number): Promise<SearchPass> {
  const cold = new Map<string, Measured>();
  const warm = new Map<string, Measured>();
  for (const { text } of queries) {
    cold.set(text, await onSearchPage(browser, url, (page) => measureOne(page, bytes, text, timeoutMs)));
  }
  await onSearchPage(browser, url, async (page) => {
    await measureOne(page, bytes, warmUp, timeoutMs);
    for (const { text } of queries) {
      await clear(page);
      warm.set(text, await measureOne(page, bytes, text, timeoutMs));
    }
  });
  return { cold, warm };
}

/** What one engine's passes add up to: each query's medians, and their median and p95. */
export function searchFigures({ engine, url }: SearchEngine, queries: readonly BenchQuery[], passes: readonly SearchPass[]): SearchFigures {
  const med = (values: readonly number[]): number => summarize(values).median;
  const figures: QueryFigure[] = queries.map(({ kind, text }) => {
    const c = passes.flatMap((pass) => pass.cold.get(text) ?? []);
    const w = passes.flatMap((pass) => pass.warm.get(text) ?? []);
    return {
      kind,
      query: text,
      coldMs: med(c.map((m) => m.ms)),
      coldBytes: med(c.map((m) => m.bytes)),
      warmMs: med(w.map((m) => m.ms)),
      warmBytes: med(w.map((m) => m.bytes)),
      results: Math.max(0, ...c.map((m) => m.results)),
    };
  });
  return {
    engine,
    url,
    coldMs: summarize(figures.map((f) => f.coldMs)),
    coldBytes: summarize(figures.map((f) => f.coldBytes)),
    warmMs: summarize(figures.map((f) => f.warmMs)),
    warmBytes: summarize(figures.map((f) => f.warmBytes)),
    noResults: figures.filter((f) => f.results === 0).map((f) => f.query),
    queries: figures,
  };
}

/**
 * The queries on every engine, `runs` passes each, the engines taking turns within each run (see
 * `takeTurns`); `searchFigures` sums up an engine's passes.
 */
export function measureSearch(
  browser: BareBrowser,
  server: StaticServer,
  engines: readonly SearchEngine[],
  queries: readonly BenchQuery[],
  warmUp: string,
  runs: number,
  timeoutMs = 20_000,
): Promise<TurnOutcome<SearchPass>[]> {
  const bytes = byteCounter(server);
  return takeTurns(
    runs,
    engines.map((engine) => () => searchPass(browser, bytes, engine.url, queries, warmUp, timeoutMs)),
  );
}

/**
 * What fetching small files costs in this browser on this machine, whatever the search engine:
 * `paths` fetched one at a time and all at once from the search page, each time at a fresh URL
 * (so never from the cache). A query that shows ten results fetches ten documents; this is the
 * floor under its time.
 */
export interface FetchFloor {
  /** Files fetched together. */
  readonly files: number;
  /** One file alone, ms (median). */
  readonly oneMs: number;
  /** All of them in parallel, ms from the first request to the last body parsed (median). */
  readonly allMs: number;
}

const floorSource = `(async ({ paths, repeats }) => {
  const one = [];
  const all = [];
  for (let r = 0; r < repeats; r++) {
    const fresh = (path) => path + (path.includes('?') ? '&' : '?') + 'floor=' + r + '-' + Math.random();
    let start = performance.now();
    await (await fetch(fresh(paths[r % paths.length]))).json();
    one.push(performance.now() - start);
    start = performance.now();
    await Promise.all(paths.map(async (path) => (await fetch(fresh(path))).json()));
    all.push(performance.now() - start);
  }
  return { one, all };
})`;

export async function measureFetchFloor(browser: BareBrowser, url: string, paths: readonly string[], repeats = 15): Promise<FetchFloor> {
  const times = await onSearchPage(browser, url, (page) => page.evaluate<{ one: number[]; all: number[] }>(`${floorSource}(${JSON.stringify({ paths, repeats })})`));
  return { files: paths.length, oneMs: summarize(times.one).median, allMs: summarize(times.all).median };
}
