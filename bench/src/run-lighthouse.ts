import { median } from './archive/index.ts';
import { chromiumFlags } from './find-browser.ts';

/** Lighthouse's four category scores, 0–100 (null when Lighthouse gave none). */
export interface CategoryScores {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly seo: number | null;
}

/** An audit that cost its category points in one run. */
export interface LostPoint {
  readonly category: string;
  readonly audit: string;
  /** The audit's score, 0–1. */
  readonly score: number;
  /** What Lighthouse measured, as it prints it ("1,020 ms"), when it says. */
  readonly value: string | null;
}

/** One Lighthouse run of one page. */
export interface LighthouseRun extends CategoryScores {
  /** Lighthouse's CPU benchmark at the time (higher is faster; a busy machine gives less). */
  readonly benchmarkIndex: number | null;
  readonly lostPoints: readonly LostPoint[];
}

/** One page's scores: each category's median over the runs, and every run. */
export interface LighthouseScores extends CategoryScores {
  readonly page: string;
  readonly url: string;
  readonly runs: readonly LighthouseRun[];
}

/** The parts of a Lighthouse report (its LHR) that are read here. */
export interface LighthouseReport {
  readonly categories: Readonly<Record<string, { readonly score: number | null; readonly auditRefs: readonly { readonly id: string; readonly weight: number }[] } | undefined>>;
  readonly audits: Readonly<Record<string, { readonly score: number | null; readonly displayValue?: string | undefined } | undefined>>;
  readonly environment?: { readonly benchmarkIndex?: number | undefined } | undefined;
}

/** Our names for Lighthouse's category ids. */
const categories = Object.freeze({ performance: 'performance', accessibility: 'accessibility', bestPractices: 'best-practices', seo: 'seo' } as const);

type Category = keyof typeof categories;
const categoryNames = Object.keys(categories) as Category[];

/** The four category scores of one report, 0–100. */
export function scoresOf(report: LighthouseReport): CategoryScores {
  const score = (name: Category): number | null => {
    const value = report.categories[categories[name]]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('bestPractices'), seo: score('seo') };
}

/** The weighted audits of the four categories that scored below 1, in category order. */
export function lostPointsOf(report: LighthouseReport): LostPoint[] {
  return Object.values(categories).flatMap((category) =>
    (report.categories[category]?.auditRefs ?? []).flatMap(({ id, weight }) => {
      const audit = report.audits[id];
      if (weight <= 0 || audit === undefined || audit.score === null || audit.score >= 1) return [];
      return [{ category, audit: id, score: audit.score, value: audit.displayValue ?? null }];
    }),
  );
}

/** Each category's median over the runs, rounded (null when no run scored it). */
export function medianScores(runs: readonly CategoryScores[]): CategoryScores {
  const of = (name: Category): number | null => {
    const values = runs.map((run) => run[name]).filter((value): value is number => value !== null);
    return values.length === 0 ? null : Math.round(median(values));
  };
  return { performance: of('performance'), accessibility: of('accessibility'), bestPractices: of('bestPractices'), seo: of('seo') };
}

/** One page's run, from its report. */
export function runOf(report: LighthouseReport): LighthouseRun {
  return { ...scoresOf(report), benchmarkIndex: report.environment?.benchmarkIndex ?? null, lostPoints: lostPointsOf(report) };
}

/**
 * Lighthouse (mobile defaults, simulated throttling) on each page `runs` times, in Debian's
 * Chromium started by chrome-launcher with the project's flags and `--headless=new`. The pages
 * take turns (every page once, then again), so that a busy stretch of a shared machine weighs on
 * all of them; each score is the median over the runs, as every other figure of the bench.
 */
export async function runLighthouse(chromePath: string, pages: readonly { readonly page: string; readonly url: string }[], runs = 1): Promise<LighthouseScores[]> {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath, chromeFlags: [...chromiumFlags, '--headless=new'], logLevel: 'silent' });
  const done: LighthouseRun[][] = pages.map(() => []);
  try {
    for (let round = 0; round < runs; round++) {
      for (const [i, { url }] of pages.entries()) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categoryNames.map((name) => categories[name]) });
        if (result === undefined) throw new Error(`Lighthouse returned no report for ${url}.`);
        done[i]?.push(runOf(result.lhr));
      }
    }
  } finally {
    await chrome.kill();
  }
  return pages.map(({ page, url }, i) => ({ page, url, ...medianScores(done[i] ?? []), runs: done[i] ?? [] }));
}
