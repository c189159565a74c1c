import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Summary } from './archive/index.ts';
import type { RebuildFigures } from './measure-rebuild.ts';
import { defaultOptions } from './options.ts';
import { formatTable, gb, kB, ms, n, nOrDash, s, x, type BenchResults } from './report.ts';
import { targets } from './targets.ts';

/** A run saved as `bench/results-<articles>.json`: the runs `bench/RESULTS.md` shows. */
export interface SavedRun {
  readonly file: string;
  readonly results: BenchResults;
}

/** The name of a saved run's file: `results-`, the number of articles, and an optional label (`results-1000-lighthouse.json`). */
const savedName = /^results-\d+(?:-[a-z]+)*\.json$/;

/** Whether `file` is a saved run in `folder`, which `RESULTS.md` shows. */
export function isSavedRun(file: string, folder: string): boolean {
  return resolve(dirname(file)) === resolve(folder) && savedName.test(basename(file));
}

/** The saved runs in `folder`, smallest archive first. Figures a run's version did not measure read as null. */
export function readSavedRuns(folder: string): SavedRun[] {
  return readdirSync(folder)
    .filter((file) => savedName.test(file))
    .map((file) => {
      const parsed = JSON.parse(readFileSync(join(folder, file), 'utf8')) as BenchResults;
      const notes = parsed.stories === undefined ? [...parsed.notes, 'stories and names: not in this results file'] : parsed.notes;
      const results: BenchResults = { ...parsed, stories: parsed.stories ?? null, lighthouse: parsed.lighthouse?.map((page) => ({ ...page, runs: page.runs ?? [] })) ?? null, notes };
      return { file, results };
    })
    .sort((a, b) => a.results.archive.articles - b.results.archive.articles || a.file.localeCompare(b.file));
}

/** The command that makes a run with these options. */
export function benchCommand(options: BenchResults['options']): string {
  const flags = [`--articles ${options.articles}`, `--runs ${options.runs}`];
  if (options.lighthouse) flags.push('--lighthouse');
  if (!options.browser) flags.push('--no-browser');
  // Runs saved before the option existed have no `bare`: they built the bare site.
  if (options.bare === false) flags.push('--no-bare');
  if (options.ingest === false) flags.push('--no-ingest');
  if (options.rebuild === false) flags.push('--no-rebuild');
  if (options.queries !== null) flags.push(`--queries ${options.queries}`);
  if (options.seed !== defaultOptions.seed) flags.push(`--seed ${options.seed}`);
  const stories = options.stories ?? defaultOptions.stories;
  if (stories.join(',') !== defaultOptions.stories.join(',')) flags.push(`--stories ${stories.join(',')}`);
  return `npm run bench -- ${flags.join(' ')}`;
}

const none = 'not measured';
/** Median / p95, the unit written once when both share it: `74.7 / 88.8 kB`. */
function pair(summary: Summary, format: (value: number) => string): string {
  const [median, p95] = [format(summary.median), format(summary.p95)];
  const unit = / \S+$/.exec(median)?.[0];
  return unit !== undefined && p95.endsWith(unit) ? `${median.slice(0, -unit.length)} / ${p95}` : `${median} / ${p95}`;
}

/** The summary's rows: a label, and the cell of one run. */
const summaryRows: readonly (readonly [string, (r: BenchResults) => string])[] = [
  ['ingest, cold', (r) => (r.ingest ? `${s(r.ingest.cold.seconds)} (${n(r.ingest.cold.articlesPerSecond)} articles/s)` : none)],
  ['ingest, nothing changed / one seed added', (r) => (r.ingest ? `${s(r.ingest.warm.seconds)} (${x(r.ingest.warm.seconds / r.ingest.cold.seconds)} of cold) / ${s(r.ingest.addOne.seconds)}` : none)],
  ['full `npm run build`, peak memory', (r) => (r.build ? `${s(r.build.seconds)}, ${gb(r.build.peakRssBytes)}` : none)],
  ['rebuild after one seed added / changed / deleted: time, peak memory, pages rendered / kept', (r) => (r.rebuild ? rebuildCell(r.rebuild) : none)],
  ['bare Astro build (ours / bare)', (r) => (r.bareAstro ? `${s(r.bareAstro.seconds)}, ${gb(r.bareAstro.peakRssBytes)} (${x(r.buildRatio?.seconds ?? Number.NaN)}, memory ${x(r.buildRatio?.peakRss ?? Number.NaN)})` : none)],
  ['largest page, gzipped', (r) => (r.sizes?.largestPage ? `${kB(r.sizes.largestPage.gzip)} (\`${r.sizes.largestPage.path}\`)` : none)],
  ['search index, gzipped', (r) => (r.sizes?.searchIndex ? `${kB(r.sizes.searchIndex.gzip)} in ${n(r.sizes.searchIndex.files)} files` : none)],
  ['search: bytes to first results, median / p95', (r) => searchCell(r, (f) => pair(f.coldBytes, kB))],
  ['search: keystroke to results, fresh page, median / p95', (r) => searchCell(r, (f) => pair(f.coldMs, ms))],
  ['search: a further query, median / p95', (r) => searchCell(r, (f) => pair(f.warmMs, ms))],
  ['fetch floor: one document / ten in parallel', (r) => (r.search?.floor ? `${ms(r.search.floor.oneMs)} / ${ms(r.search.floor.allMs)}` : none)],
  ['queries without results', (r) => (r.search ? `ours ${r.search.ours.noResults.length}, Pagefind ${r.search.pagefind?.noResults.length ?? '–'}` : none)],
];

/** `9.80 s, 0.87 GB (252 / 13,470 pages) / …` for the three rebuilds. */
function rebuildCell(r: RebuildFigures): string {
  return [r.add, r.change, r.delete].map((f) => `${s(f.seconds)}, ${gb(f.peakRssBytes)} (${nOrDash(f.rendered)} / ${nOrDash(f.kept)} pages)`).join(' / ');
}

/** Ours, then Pagefind's in brackets (or why it is missing). */
function searchCell(r: BenchResults, figure: (f: NonNullable<BenchResults['search']>['ours']) => string): string {
  if (r.search === null) return none;
  return `${figure(r.search.ours)} (Pagefind ${r.search.pagefind === null ? 'failed, see notes' : figure(r.search.pagefind)})`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** A run's name in headings: its archive size, and the label of its file if it has one. */
function sizeOf(r: BenchResults, file = ''): string {
  const label = /^results-\d+-([a-z-]+)\.json$/.exec(file)?.[1];
  return `${n(r.archive.articles)} articles${label === undefined ? '' : ` (${label})`}`;
}

function summary(runs: readonly SavedRun[]): string[] {
  const header = ['', ...runs.map(({ file, results }) => sizeOf(results, file))];
  return table(header, [['run', ...runs.map(({ file, results }) => `${results.date.slice(0, 10)}, [\`${file}\`](${file})`)], ...summaryRows.map(([label, cell]) => [label, ...runs.map(({ results }) => cell(results))])]);
}

function targetTable(runs: readonly SavedRun[]): string[] {
  const rows = targets.map(({ goal, check }) => [
    goal,
    ...runs.map(({ results }) => {
      const result = check(results);
      return result === null ? '–' : `${result.measured} ${result.met ? 'met' : '**missed**'}`;
    }),
  ]);
  return table(['target', ...runs.map(({ file, results }) => sizeOf(results, file))], rows);
}

function queryTable(search: NonNullable<BenchResults['search']>): string[] {
  const theirs = new Map((search.pagefind?.queries ?? []).map((q) => [q.query, q]));
  const rows = search.ours.queries.map((q) => {
    const p = theirs.get(q.query);
    const engine = (f: typeof q | undefined): string[] => (f === undefined ? ['–', '–', '–'] : [ms(f.coldMs), kB(f.coldBytes), ms(f.warmMs)]);
    return [`\`${q.query}\``, q.kind, ...engine(q), ...engine(p)];
  });
  return table(['query', 'kind', 'ours: fresh page', 'bytes', 'further', 'Pagefind: fresh page', 'bytes', 'further'], rows);
}

/** One run: its command, its full table, its notes and each query's figures. */
function runSection({ file, results }: SavedRun): string[] {
  const notes = results.notes.map((note) => note.split('\n').filter((line) => !/^npm warn /.test(line)).join('\n'));
  const lines = ['', `## ${sizeOf(results, file)}`, '', `\`${benchCommand(results.options)}\`, ${results.date.slice(0, 10)}; every figure in [\`${file}\`](${file}).`, '', '```text', formatTable({ ...results, notes }), '```'];
  if (results.search !== null) lines.push('', '<details><summary>Each query (medians over the runs)</summary>', '', ...queryTable(results.search), '', '</details>');
  return lines;
}

/** `bench/RESULTS.md`: the saved runs side by side, the targets, then each run in full. */
export function resultsPage(runs: readonly SavedRun[]): string {
  const lines = [
    '# Benchmark results',
    '',
    '<!-- Generated by `npm run bench` from the saved runs (results-<articles>.json beside this file). Do not edit: run `npm run bench -- --report-only`. -->',
    '',
    'The saved runs of [`npm run bench`](README.md), which says how each figure is measured. Times are',
    'wall-clock on the machine named under each run; compare the ratios (ours / bare Astro, ours /',
    'Pagefind, measured in the same run) more than absolute times across runs.',
  ];
  if (runs.length === 0) return [...lines, '', 'No saved runs yet: `npm run bench -- --out bench/results-1000.json` makes one.', ''].join('\n');
  lines.push('', '## Summary', '', ...summary(runs), '', '## Targets', '', 'Set for 10,000 articles; the other runs are shown for comparison.', '', ...targetTable(runs));
  for (const run of runs) lines.push(...runSection(run));
  return `${lines.join('\n')}\n`;
}

/** Writes `RESULTS.md` in `folder` from the saved runs there; gives its path and the runs it shows. */
export function writeResultsPage(folder: string): { path: string; runs: readonly string[] } {
  const runs = readSavedRuns(folder);
  const path = join(folder, 'RESULTS.md');
  writeFileSync(path, resultsPage(runs));
  return { path, runs: runs.map((run) => run.file) };
}
