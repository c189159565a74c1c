import type { SearchArticle } from './build-index';

/** The choices of the search filters: years that have articles (newest first) and sources (A–Z). */
export function searchFacets(articles: readonly Pick<SearchArticle, 'date' | 'source'>[]): {
  readonly years: number[];
  readonly sources: string[];
} {
  const years = new Set<number>();
  const sources = new Set<string>();
  for (const a of articles) {
    if (a.date) years.add(Number(a.date.slice(0, 4)));
    if (a.source) sources.add(a.source);
  }
  return { years: [...years].sort((a, b) => b - a), sources: [...sources].sort() };
}
