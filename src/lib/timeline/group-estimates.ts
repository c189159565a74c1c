import type { CollectionArticle } from '../article/schema.ts';
import { estimateStart } from '../normalize/estimate-start.ts';
import { compareOldestFirst } from '../site/compare-articles.ts';

/** Articles whose date is only estimated, as a lane of one year: those whose estimate starts in it. */
export interface EstimateLane<T> {
  /** Four digits: the year the estimates' lower bounds fall in. */
  readonly year: string;
  /** The articles, earliest bound first (ties by title, then id). */
  readonly articles: readonly T[];
}

type Estimated = Pick<CollectionArticle, 'id' | 'title' | 'date' | 'dateEstimate'>;

/**
 * The estimated articles (no date, a `dateEstimate`) in lanes by the year their lower bound falls
 * in, oldest year first; `year` keeps only that year's lane. Dated articles are never in a lane, so
 * estimates never mix with stated dates.
 */
export function groupEstimates<T extends Estimated>(articles: readonly T[], year?: string): EstimateLane<T>[] {
  const lanes = new Map<string, { start: string; article: T }[]>();
  for (const article of articles) {
    const start = article.date === null && article.dateEstimate !== null ? estimateStart(article.dateEstimate) : null;
    if (start === null || (year !== undefined && !start.startsWith(year))) continue;
    const key = start.slice(0, 4);
    lanes.set(key, [...(lanes.get(key) ?? []), { start, article }]);
  }
  return [...lanes.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, items]) => ({
      year: key,
      articles: items
        .sort((a, b) => (a.start !== b.start ? (a.start < b.start ? -1 : 1) : compareOldestFirst(a.article, b.article)))
        .map((item) => item.article),
    }));
}
