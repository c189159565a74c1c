import type { Summary } from './archive/index.ts';
import type { BenchOptions } from './options.ts';
import type { IngestFigures } from './measure-ingest.ts';
import type { BuildFigures } from './measure-build.ts';
import type { RebuildFigure, RebuildFigures } from './measure-rebuild.ts';
import type { PageSizes, Size } from './page-sizes.ts';
import type { FetchFloor, SearchFigures } from './measure-search.ts';
import type { LighthouseScores } from './run-lighthouse.ts';
import type { StoryFigures } from './measure-stories.ts';

/** Everything one `npm run bench` measured: the content of `bench/results.json`. Missing figures are null, with a note. */
export interface BenchResults {
  readonly date: string;
  readonly machine: { readonly cpus: number; readonly memoryBytes: number; readonly node: string; readonly chromium: string | null; readonly astro: string; readonly pagefind: string | null };
  readonly options: Omit<BenchOptions, 'out' | 'keep' | 'verbose' | 'reportOnly'>;
  readonly archive: { readonly articles: number; readonly seedBytes: number; readonly generateSeconds: number };
  ingest: IngestFigures | null;
  build: BuildFigures | null;
  bareAstro: BuildFigures | null;
  /** Ours divided by the bare Astro site's, for time and peak memory. */
  buildRatio: { readonly seconds: number; readonly peakRss: number } | null;
  /** `npm run build` after one seed is added, changed or deleted (absent from runs saved before it was measured). */
  rebuild?: RebuildFigures | null;
  sizes: PageSizes | null;
  /** How memory is measured. */
  readonly memory: string;
  /** Our figures, and Pagefind's with the ratios (null when Pagefind could not index or be queried). */
  search: {
    readonly ours: SearchFigures;
    readonly pagefind: SearchFigures | null;
    readonly pagefindIndexSeconds: number | null;
    readonly ratios: SearchRatios | null;
    /** What fetching the files of ten results costs in this browser, whatever the engine (null: not measured). */
    readonly floor: FetchFloor | null;
  } | null;
  lighthouse: readonly LighthouseScores[] | null;
  /** Story detection, in process, at 1,000, 10,000 and 100,000 generated articles (not the archive's size). */
  stories: readonly StoryFigures[] | null;
  readonly notes: string[];
}

/** The Lighthouse table (each score the median over the runs), then every run that lost points, and the audits that cost them. */
export function lighthouseLines(scores: readonly LighthouseScores[], widths: readonly number[]): string[] {
  const runs = Math.max(0, ...scores.map((score) => score.runs.length));
  // Runs saved before each run was kept hold only the scores of one run.
  const lines = [row([runs === 0 ? 'Lighthouse (one run)' : `Lighthouse (median of ${runs})`, 'perf', 'a11y', 'best practices / SEO'], widths)];
  for (const score of scores) {
    lines.push(row([`  ${score.page}`, String(score.performance ?? '–'), String(score.accessibility ?? '–'), `${score.bestPractices ?? '–'} / ${score.seo ?? '–'}`], widths));
  }
  for (const score of scores) {
    for (const [i, run] of score.runs.entries()) {
      if (run.lostPoints.length === 0) continue;
      const lost = run.lostPoints.map((point) => `${point.category} ${point.audit} ${point.score}${point.value === null ? '' : ` (${point.value})`}`);
      lines.push(`  ${score.page}, run ${i + 1} (CPU benchmark ${run.benchmarkIndex === null ? '–' : Math.round(run.benchmarkIndex)}): ${lost.join('; ')}`);
    }
  }
  return lines;
}

/** Ours divided by Pagefind's, for each summary figure (below 1 means ours is smaller or faster). */
export interface SearchRatios {
  readonly coldBytesMedian: number;
  readonly coldBytesP95: number;
  readonly coldMsMedian: number;
  readonly coldMsP95: number;
  readonly warmMsMedian: number;
  readonly warmMsP95: number;
}

export function searchRatios(ours: SearchFigures, pagefind: SearchFigures): SearchRatios {
  const r = (a: Summary, b: Summary, key: 'median' | 'p95'): number => a[key] / b[key];
  return {
    coldBytesMedian: r(ours.coldBytes, pagefind.coldBytes, 'median'),
    coldBytesP95: r(ours.coldBytes, pagefind.coldBytes, 'p95'),
    coldMsMedian: r(ours.coldMs, pagefind.coldMs, 'median'),
    coldMsP95: r(ours.coldMs, pagefind.coldMs, 'p95'),
    warmMsMedian: r(ours.warmMs, pagefind.warmMs, 'median'),
    warmMsP95: r(ours.warmMs, pagefind.warmMs, 'p95'),
  };
}

/** Bytes as kB, or MB from a million. */
export const kB = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);
/** Bytes as GB, for memory. */
export const gb = (bytes: number): string => `${(bytes / 1e9).toFixed(2)} GB`;
export const s = (seconds: number): string => `${seconds.toFixed(2)} s`;
export const ms = (value: number): string => `${Math.round(value)} ms`;
/** A ratio such as `0.78×` (a dash when it is not a number). */
export const x = (ratio: number): string => (Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–');
/** A count with thousands separators. */
export const n = (value: number): string => Math.round(value).toLocaleString('en-US');
/** A count that may be unknown: `n`, or a dash. */
export const nOrDash = (value: number | null): string => (value === null ? '–' : n(value));
const missing = '(not measured, see notes)';

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
}

function sizeRow(label: string, size: Size | null): string[] {
  return size === null ? [label, '–', '–', 'not found'] : [label, kB(size.raw), kB(size.gzip), size.path];
}

/** The results as a plain-text table, for the terminal and for the README. */
export function formatTable(results: BenchResults): string {
  const lines: string[] = [];
  const { archive, machine } = results;
  lines.push(
    `News archive benchmark: ${n(archive.articles)} articles (${kB(archive.seedBytes)} of seeds), median of ${results.options.runs} run(s)`,
    `${machine.cpus} CPUs, ${(machine.memoryBytes / 2 ** 30).toFixed(0)} GiB, Node ${machine.node}, Astro ${machine.astro}, ${machine.chromium ?? 'no browser'}, Pagefind ${machine.pagefind ?? '–'}`,
    '',
  );
  const w = [28, 12, 26, 30];
  lines.push('Ingest (npm run ingest, wall time)');
  if (results.ingest === null) lines.push(`  ${missing}`);
  else {
    const { cold, warm, addOne } = results.ingest;
    const detail = (figure: IngestFigures['cold']): string =>
      `${figure.normalized === null ? 'normalized: not reported' : `normalized ${n(figure.normalized)}`}` +
      `${figure.reportedSeconds === null ? '' : `; own timing ${s(figure.reportedSeconds)}`}`;
    const ownRatio = warm.reportedSeconds !== null && cold.reportedSeconds !== null ? ` (own ${x(warm.reportedSeconds / cold.reportedSeconds)})` : '';
    lines.push(
      row(['  cold (empty cache)', s(cold.seconds), `${n(cold.articlesPerSecond)} articles/s`, detail(cold)], w),
      row(['  warm (nothing changed)', s(warm.seconds), `${x(warm.seconds / cold.seconds)} of cold${ownRatio}`, detail(warm)], w),
      row(['  after adding one seed', s(addOne.seconds), '', detail(addOne)], w),
    );
  }
  lines.push('', 'Stories and names (in process; signing and names are per seed at ingest, grouping per build)');
  if (results.stories === null) lines.push(`  ${missing}`);
  else {
    for (const f of results.stories) {
      lines.push(row([`  ${n(f.articles)} articles`, `sign ${s(f.signSeconds)}`, `group ${s(f.findSeconds)}; names ${s(f.entitySeconds)}`, `copies found ${n(f.found)}/${n(f.planted)}; false stories ${n(f.falseStories)}`], w));
    }
  }
  lines.push('', `Build (${results.memory})`);
  const build = (label: string, figures: BuildFigures | null): string =>
    figures === null ? `  ${label}: ${missing}` : row([`  ${label}`, s(figures.seconds), `${figures.pagesPerSecond.toFixed(1)} pages/s`, `${n(figures.pages)} pages, peak ${kB(figures.peakRssBytes)}`], w);
  lines.push(build('npm run build (full)', results.build), build('bare Astro, same articles', results.bareAstro));
  if (results.buildRatio !== null) lines.push(row(['  ours / bare Astro', x(results.buildRatio.seconds), '', `memory ${x(results.buildRatio.peakRss)}`], w));
  if (results.rebuild) {
    const rebuilt = (label: string, f: RebuildFigure): string =>
      row([`  ${label}`, s(f.seconds), `${nOrDash(f.rendered)} rendered`, `${nOrDash(f.kept)} kept, peak ${kB(f.peakRssBytes)}`], w);
    lines.push(rebuilt('rebuild, one seed added', results.rebuild.add), rebuilt('rebuild, one seed changed', results.rebuild.change), rebuilt('rebuild, one seed deleted', results.rebuild.delete));
  }
  lines.push('', row(['Bytes', 'raw', 'gzip', 'path'], w));
  if (results.sizes === null) lines.push(`  ${missing}`);
  else {
    const z = results.sizes;
    lines.push(
      row(sizeRow('  home', z.home), w),
      row(sizeRow('  article (median)', z.article), w),
      row(sizeRow('  timeline (largest page)', z.timeline), w),
      row(sizeRow('  timeline index', z.timelineIndex), w),
      row(sizeRow('  search page', z.search), w),
      row(sizeRow('  search index, total', z.searchIndex), w),
      row(sizeRow('  largest page', z.largestPage), w),
    );
  }
  lines.push('');
  if (results.search === null) lines.push(`Search in Chromium: ${missing}`);
  else {
    const { ours, pagefind, ratios } = results.search;
    const sw = [37, 12, 12, 14];
    lines.push(row([`Search in Chromium (${ours.queries.length} queries)`, 'ours', 'Pagefind', 'ours/Pagefind'], sw));
    const pair = (label: string, a: number, b: number | undefined, ratio: number | undefined, format: (v: number) => string): string =>
      row([`  ${label}`, format(a), b === undefined ? '–' : format(b), ratio === undefined ? '–' : x(ratio)], sw);
    const warmBytesRatio = pagefind === null ? undefined : ours.warmBytes.median / pagefind.warmBytes.median;
    lines.push(
      pair('cold: bytes to first results, med', ours.coldBytes.median, pagefind?.coldBytes.median, ratios?.coldBytesMedian, kB),
      pair('cold: bytes, p95', ours.coldBytes.p95, pagefind?.coldBytes.p95, ratios?.coldBytesP95, kB),
      pair('cold: keystroke to results, med', ours.coldMs.median, pagefind?.coldMs.median, ratios?.coldMsMedian, ms),
      pair('cold: keystroke to results, p95', ours.coldMs.p95, pagefind?.coldMs.p95, ratios?.coldMsP95, ms),
      pair('warm: keystroke to results, med', ours.warmMs.median, pagefind?.warmMs.median, ratios?.warmMsMedian, ms),
      pair('warm: keystroke to results, p95', ours.warmMs.p95, pagefind?.warmMs.p95, ratios?.warmMsP95, ms),
      pair('warm: bytes, median', ours.warmBytes.median, pagefind?.warmBytes.median, warmBytesRatio, kB),
      `  queries without results: ours ${ours.noResults.length}, Pagefind ${pagefind === null ? '–' : pagefind.noResults.length}`,
    );
    const { floor } = results.search;
    if (floor !== null) {
      lines.push(
        row([`  fetch floor: 1 / ${floor.files} doc files`, `${ms(floor.oneMs)} / ${ms(floor.allMs)}`, '', 'any engine'], sw),
      );
    }
  }
  if (results.lighthouse !== null) lines.push('', ...lighthouseLines(results.lighthouse, w));
  if (results.notes.length > 0) lines.push('', 'Notes', ...results.notes.map((note) => `  - ${note.split('\n').join('\n    ')}`));
  return lines.join('\n');
}
