import { parseArgs } from 'node:util';

/** Command-line options of `npm run bench`. */
export interface BenchOptions {
  /** Number of generated articles. */
  readonly articles: number;
  /** Runs per figure; each figure is the median. */
  readonly runs: number;
  /** Also run Lighthouse on each page type. */
  readonly lighthouse: boolean;
  /** Measure in Chromium (search, Pagefind, Lighthouse). */
  readonly browser: boolean;
  /** Also build the same articles as a bare Astro site, for comparison. */
  readonly bare: boolean;
  /** Time `npm run ingest` on its own (cold, warm, one seed added); the build ingests either way. */
  readonly ingest: boolean;
  /** Time the rebuilds after adding, changing and deleting one seed. */
  readonly rebuild: boolean;
  /** Where results.json is written. */
  readonly out: string;
  /** Seed of the synthetic archive. */
  readonly seed: number;
  /** Keep the temporary folder (its path is printed). */
  readonly keep: boolean;
  /** Echo the build's output. */
  readonly verbose: boolean;
  /** Use only this many of the benchmark queries, spread over the kinds (null: all of them). */
  readonly queries: number | null;
  /** Archive sizes story detection is timed at, in process. */
  readonly stories: readonly number[];
  /** Measure nothing: write `bench/RESULTS.md` again from the saved runs. */
  readonly reportOnly: boolean;
}

export const defaultOptions: Readonly<BenchOptions> = Object.freeze({
  articles: 1_000,
  runs: 3,
  lighthouse: false,
  browser: true,
  bare: true,
  ingest: true,
  rebuild: true,
  out: 'bench/results.json',
  seed: 20_260_101,
  keep: false,
  verbose: false,
  queries: null,
  stories: Object.freeze([1_000, 10_000, 100_000]),
  reportOnly: false,
});

export const usage = `Usage: npm run bench -- [--articles N] [--runs K] [--lighthouse] [--no-browser] [--no-bare] [--no-ingest] [--no-rebuild]
                       [--out FILE] [--seed S] [--queries Q] [--stories LIST] [--keep] [--verbose]
       npm run bench -- --report-only

  --articles N    generated articles (default ${defaultOptions.articles})
  --runs K        runs per figure, the median is reported (default ${defaultOptions.runs})
  --lighthouse    also score each page type with Lighthouse
  --no-browser    skip every figure that needs Chromium (search, Pagefind, Lighthouse)
  --no-bare       skip the bare Astro site (it stops with "Invalid string length" at 100,000)
  --no-ingest     skip timing the ingest on its own (the build still ingests, cold)
  --no-rebuild    skip the rebuilds after one seed is added, changed and deleted
  --out FILE      results file (default ${defaultOptions.out})
  --seed S        seed of the synthetic archive (default ${defaultOptions.seed})
  --queries Q     use only Q of the benchmark queries, spread over their kinds (a quick check)
  --stories LIST  archive sizes to time story detection at (default ${defaultOptions.stories.join(',')})
  --keep          keep the temporary folder and print its path
  --verbose       show the build's output
  --report-only   measure nothing; write bench/RESULTS.md again from the saved runs
                  (bench/results-<articles>.json; --out bench/results-10000.json saves a run there)`;

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value.replace(/[_,]/g, ''));
  if (!Number.isInteger(number) || number < 1) {
    throw new Error(`bench: --${name} expects a positive whole number, got "${value}".\n${usage}`);
  }
  return number;
}

/** Parse `argv` (without node and the script) over the defaults; throws with the usage on a bad option. */
export function parseOptions(argv: readonly string[]): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        articles: { type: 'string' },
        runs: { type: 'string' },
        lighthouse: { type: 'boolean' },
        'no-browser': { type: 'boolean' },
        'no-bare': { type: 'boolean' },
        'no-ingest': { type: 'boolean' },
        'no-rebuild': { type: 'boolean' },
        out: { type: 'string' },
        seed: { type: 'string' },
        keep: { type: 'boolean' },
        verbose: { type: 'boolean' },
        queries: { type: 'string' },
        stories: { type: 'string' },
        'report-only': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new Error(`bench: ${(error as Error).message}\n${usage}`);
  }
  if (parsed.help === true) throw new Error(usage);
  const browser = parsed['no-browser'] !== true;
  if (parsed.lighthouse === true && !browser) throw new Error(`bench: --lighthouse needs the browser; drop --no-browser.\n${usage}`);
  return {
    articles: positiveInteger('articles', parsed.articles, defaultOptions.articles),
    runs: positiveInteger('runs', parsed.runs, defaultOptions.runs),
    lighthouse: parsed.lighthouse === true,
    browser,
    bare: parsed['no-bare'] !== true,
    ingest: parsed['no-ingest'] !== true,
    rebuild: parsed['no-rebuild'] !== true,
    out: parsed.out ?? defaultOptions.out,
    seed: positiveInteger('seed', parsed.seed, defaultOptions.seed),
    keep: parsed.keep === true,
    verbose: parsed.verbose === true,
    queries: parsed.queries === undefined ? null : positiveInteger('queries', parsed.queries, 1),
    stories: parsed.stories === undefined ? defaultOptions.stories : parsed.stories.split(',').map((size) => positiveInteger('stories', size, 1)),
    reportOnly: parsed['report-only'] === true,
  };
}
