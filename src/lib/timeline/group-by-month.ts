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
  // The year's articles only are sorted: a year page's build sorted the whole archive once per year.
  return groupByMonthEachYear(articles, new Set([year])).get(year) ?? [];
}

/**
 * `groupByMonth` of every year the articles give (or of `years` only), by year, in one pass over
 * them: the year pages' build grouped the whole archive once per year (20 passes over 100,000 articles).
 */
export function groupByMonthEachYear<T extends Pick<CollectionArticle, 'id' | 'title' | 'date'>>(articles: readonly T[], years?: ReadonlySet<string>): Map<string, MonthGroup<T>[]> {
  const byYear = new Map<string, (T & { date: string })[]>();
  for (const article of articles) {
    if (article.date === null) continue;
    const year = article.date.slice(0, 4);
    if (years !== undefined && !years.has(year)) continue;
    const list = byYear.get(year);
    if (list === undefined) byYear.set(year, [article as T & { date: string }]);
    else list.push(article as T & { date: string });
  }
  return new Map([...byYear].map(([year, ofYear]) => [year, monthGroups(ofYear)]));
}

/** One year's articles (a list of its own, sorted here) grouped by month, months in calendar order, year-only dates last. */
function monthGroups<T extends Pick<CollectionArticle, 'id' | 'title' | 'date'> & { readonly date: string }>(ofYear: T[]): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const article of ofYear.sort(compareOldestFirst)) {
    const id = monthIdOf(article.date);
    const list = groups.get(id) ?? [];
    list.push(article);
    groups.set(id, list);
  }
  // `YYYY-MM` ids sort in calendar order and `YYYY-month-unknown` after all of them.
  return [...groups.keys()].sort().map((id) => ({ id, label: monthLabelOf(id), articles: groups.get(id) ?? [] }));
}
