import type { CollectionArticle } from '../article/schema.ts';
import { compareOldestFirst } from '../site/compare-articles.ts';
import { monthIdOf, monthLabelOf } from './group-by-year.ts';

/** One heading of a year page: a month, or the articles whose date gives only the year. */
export interface MonthGroup<T> {
  /** The heading's id and URL fragment: `YYYY-MM`, or `YYYY-month-unknown` for year-only dates. */
  readonly id: string;
  /** The heading text: "March 2020", or "2020, month not stated". */
  readonly label: string;
  /** The articles, oldest first (ties by title, then id). */
  readonly articles: readonly T[];
}

/**
 * The articles of one year grouped by month, months in calendar order, and articles whose
 * date states only the year in a last group of their own. Articles of other years and
 * undated ones are left out. The input is not modified.
 */
export function groupByMonth<T extends Pick<CollectionArticle, 'id' | 'title' | 'date'>>(
  articles: readonly T[],
  year: string,
): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  // The year's articles only are sorted: a year page's build sorted the whole archive once per year.
  const ofYear = articles.filter((article): article is T & { date: string } => article.date !== null && article.date.slice(0, 4) === year);
  for (const article of ofYear.sort(compareOldestFirst)) {
    const id = monthIdOf(article.date);
    const list = groups.get(id) ?? [];
    list.push(article);
    groups.set(id, list);
  }
  // `YYYY-MM` ids sort in calendar order and `YYYY-month-unknown` after all of them.
  return [...groups.keys()].sort().map((id) => ({ id, label: monthLabelOf(id), articles: groups.get(id) ?? [] }));
}
