import { pageBudgetGzip } from '../../src/lib/site/page-budget.ts';
import { gb, kB, ms, n, s, x, type BenchResults } from './report.ts';

/** What one run shows for a target: the figure, and whether it meets the target. */
export interface TargetOutcome {
  readonly measured: string;
  readonly met: boolean;
}

/** A goal the project set itself, checked against one run; null when the run has no figure for it. */
export interface Target {
  readonly goal: string;
  readonly check: (results: BenchResults) => TargetOutcome | null;
}

const outcome = (measured: string, met: boolean): TargetOutcome => ({ measured, met });

/** The goals, set for an archive of 10,000 articles on a 2-core machine. */
export const targets: readonly Target[] = Object.freeze([
  {
    goal: "search: bytes to first results ≤ Pagefind's (median and p95)",
    check: ({ search }) => (search?.ratios ? outcome(`${x(search.ratios.coldBytesMedian)} / ${x(search.ratios.coldBytesP95)}`, search.ratios.coldBytesMedian <= 1 && search.ratios.coldBytesP95 <= 1) : null),
  },
  {
    goal: "search: keystroke to first results on a fresh page ≤ Pagefind's (median)",
    check: ({ search }) => (search?.ratios ? outcome(x(search.ratios.coldMsMedian), search.ratios.coldMsMedian <= 1) : null),
  },
  {
    goal: 'search: a further query under 50 ms (p95)',
    check: ({ search }) => (search ? outcome(ms(search.ours.warmMs.p95), search.ours.warmMs.p95 < 50) : null),
  },
  {
    goal: 'ingest, cold: at least 1,000 articles/s',
    check: ({ ingest }) => (ingest ? outcome(`${n(ingest.cold.articlesPerSecond)}/s`, ingest.cold.articlesPerSecond >= 1000) : null),
  },
  {
    goal: 'ingest, nothing changed: at most 0.1 × cold',
    check: ({ ingest }) => (ingest ? outcome(x(ingest.warm.seconds / ingest.cold.seconds), ingest.warm.seconds / ingest.cold.seconds <= 0.1) : null),
  },
  {
    goal: 'ingest, one seed added: normalizes one file',
    check: ({ ingest }) => (ingest?.addOne.normalized == null ? null : outcome(n(ingest.addOne.normalized), ingest.addOne.normalized === 1)),
  },
  {
    goal: 'full build within 1.75× of bare Astro',
    check: ({ buildRatio }) => (buildRatio ? outcome(x(buildRatio.seconds), buildRatio.seconds <= 1.75) : null),
  },
  {
    goal: 'full build under 35 s',
    check: ({ build }) => (build ? outcome(s(build.seconds), build.seconds < 35) : null),
  },
  {
    goal: 'full build under 3 GB peak memory',
    check: ({ build }) => (build ? outcome(gb(build.peakRssBytes), build.peakRssBytes < 3e9) : null),
  },
  {
    goal: 'rebuild after adding one seed: ≤ 3 s at 10,000 articles, ≤ 10 s at 100,000',
    check: ({ rebuild, archive }) => (rebuild ? outcome(s(rebuild.add.seconds), rebuild.add.seconds <= (archive.articles > 10_000 ? 10 : 3)) : null),
  },
  {
    goal: 'full build at 100,000 articles: ≤ 150 s and ≤ 6 GB peak memory',
    check: ({ build, archive }) =>
      build && archive.articles >= 100_000 ? outcome(`${s(build.seconds)}, ${gb(build.peakRssBytes)}`, build.seconds <= 150 && build.peakRssBytes <= 6e9) : null,
  },
  {
    goal: 'full build at 1,000,000 articles: completes on the bench machine',
    check: ({ build, archive, notes }) => {
      if (archive.articles < 1_000_000) return null;
      if (build !== null) return outcome(`${s(build.seconds)}, ${gb(build.peakRssBytes)}`, true);
      // A run stopped by hand leaves only its "partial" note: no outcome. A failed build says why.
      return notes.some((note) => note.startsWith('npm run build')) ? outcome('failed, see notes', false) : null;
    },
  },
  {
    goal: `no page over ${pageBudgetGzip / 1000} kB gzipped`,
    check: ({ sizes }) => (sizes?.largestPage ? outcome(kB(sizes.largestPage.gzip), sizes.largestPage.gzip <= pageBudgetGzip) : null),
  },
  {
    goal: 'Lighthouse 100 in every category on home, article, timeline and search',
    check: ({ lighthouse }) => {
      if (!lighthouse?.length) return null;
      const scores = lighthouse.flatMap((page) => [page.performance, page.accessibility, page.bestPractices, page.seo]);
      const lowest = Math.min(...scores.map((score) => score ?? 0));
      return outcome(`lowest ${lowest}`, lowest === 100);
    },
  },
]);
