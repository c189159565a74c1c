import type { CorpusPage } from './read-corpus.ts';

/**
 * Split pages into `k` folds by site: every page of a site lands in the same fold, so a model tested
 * on a fold has never seen its sites. Sites are dealt, largest first (ties by name), to the fold with
 * the fewest pages so far, giving folds of near-equal size; deterministic.
 */
export function siteFolds(pages: readonly CorpusPage[], k: number): CorpusPage[][] {
  if (!Number.isInteger(k) || k < 1) throw new Error(`siteFolds: expected a whole number of folds of 1 or more, got ${k}`);
  const bySite = new Map<string, CorpusPage[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p]);
  const sites = [...bySite.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const folds: CorpusPage[][] = Array.from({ length: k }, () => []);
  sites.forEach(([, group], n) => {
    // Among the smallest folds, rotate so that equal sites spread evenly whatever their names.
    const least = Math.min(...folds.map((f) => f.length));
    const candidates = folds.map((f, i) => (f.length === least ? i : -1)).filter((i) => i >= 0);
    folds[candidates[n % candidates.length] ?? 0]?.push(...group);
  });
  return folds;
}
