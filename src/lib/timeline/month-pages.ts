import type { CollectionArticle } from '../article/schema.ts';
import { pageCount, pageHref, pageItems } from '../site/paginate.ts';
import { groupByMonthEachYear, type MonthGroup } from './group-by-month.ts';
import { countByYear } from './group-by-year.ts';
import { defaultTimelineLimits, listsWholeYear, monthPageHref, type TimelineLimits } from './page-limits.ts';

/** One page of a month's own listing. */
export interface MonthPage<T> {
  /**
   * The route's parameters (`src/pages/timeline/[year]/[month]/[...page].astro`): four digits;
   * `03`, or `month-unknown` for the articles whose date gives only the year; and no page for the
   * first, `page/2` for the second and on.
   */
  readonly params: { readonly year: string; readonly month: string; readonly page: string | undefined };
  /** The whole month: its id, its label and all its articles, oldest first. */
  readonly group: MonthGroup<T>;
  /** This page, 1-based, and how many pages the month fills. */
  readonly page: number;
  readonly count: number;
  /** The page's address: the month's own (`/timeline/2020/03/`) for the first, then `page/2/` and on under it. */
  readonly href: string;
  /** The articles on this page, in the month's order. */
  readonly articles: readonly T[];
}

/**
 * Every page of every month that has a page of its own: the months of the years too large to list
 * on one page (`listsWholeYear`), each spread over pages of `monthPage` articles, oldest first as
 * the month lists them, so every article of such a month is on exactly one page. Undated articles
 * and the years listed whole give none. The input is not modified.
 */
export function monthPages<T extends Pick<CollectionArticle, 'id' | 'title' | 'date'>>(articles: readonly T[], limits: Partial<TimelineLimits> = {}): MonthPage<T>[] {
  const options = { ...defaultTimelineLimits, ...limits };
  const paged = countByYear(articles).years.filter(({ count }) => !listsWholeYear(count, options));
  const months = groupByMonthEachYear(articles, new Set(paged.map(({ year }) => year)));
  return paged
    .flatMap(({ year }) => months.get(year) ?? [])
    .flatMap((group) => {
      const count = pageCount(group.articles.length, options.monthPage);
      return Array.from({ length: count }, (_, i) => ({
        params: { year: group.id.slice(0, 4), month: group.id.slice(5), page: i === 0 ? undefined : `page/${i + 1}` },
        group,
        page: i + 1,
        count,
        href: pageHref(i + 1, monthPageHref(group.id)),
        articles: pageItems(group.articles, i + 1, options.monthPage),
      }));
    });
}
