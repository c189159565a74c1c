import type { CollectionArticle } from '../article/schema.ts';
import { formatDate } from '../format/format-date.ts';

/** A month (or "month not stated") within a year, and how many articles it holds. */
export interface MonthCount {
  /** `YYYY-MM`, or `YYYY-month-unknown`: the fragment of the month's heading on the year page. */
  readonly id: string;
  /** "March 2020", or "2020, month not stated". */
  readonly label: string;
  readonly count: number;
}

/** One year of the archive, how many articles it holds, and its months in calendar order. */
export interface YearCount {
  /** Four digits, as in the URL `/timeline/<year>/`. */
  readonly year: string;
  readonly count: number;
  /** Months in calendar order; articles dated only by the year come last. */
  readonly months: readonly MonthCount[];
}

/** The archive's years, oldest first, with counts; and how many articles have no date. */
export interface YearSummary {
  readonly years: readonly YearCount[];
  readonly undated: number;
}

/** The year part of a partial date, or null for an undated record. */
export function yearOf(date: string | null): string | null {
  return date === null ? null : date.slice(0, 4);
}

/** The id of the month group a dated record falls in: `YYYY-MM`, or `YYYY-month-unknown` for a year-only date. */
export function monthIdOf(date: string): string {
  return date.length === 4 ? `${date}-month-unknown` : date.slice(0, 7);
}

/** The heading for a month group id made by `monthIdOf`. */
export function monthLabelOf(id: string): string {
  return id.endsWith('-month-unknown') ? `${id.slice(0, 4)}, month not stated` : formatDate(id);
}

/** Count articles by year and month (oldest first) and count the undated ones. */
export function countByYear(articles: readonly Pick<CollectionArticle, 'date'>[]): YearSummary {
  const years = new Map<string, Map<string, number>>();
  let undated = 0;
  for (const { date } of articles) {
    if (date === null) {
      undated += 1;
      continue;
    }
    const months = years.get(date.slice(0, 4)) ?? new Map<string, number>();
    const id = monthIdOf(date);
    months.set(id, (months.get(id) ?? 0) + 1);
    years.set(date.slice(0, 4), months);
  }
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    years: [...years.keys()].sort(order).map((year) => {
      const months = years.get(year) ?? new Map<string, number>();
      const ids = [...months.keys()].sort(order);
      return {
        year,
        count: [...months.values()].reduce((sum, n) => sum + n, 0),
        months: ids.map((id) => ({ id, label: monthLabelOf(id), count: months.get(id) ?? 0 })),
      };
    }),
    undated,
  };
}

/**
 * What the year navigation shows: the years, oldest first, and whether there is an undated group.
 * Unlike the counts it changes only when a year first or last holds an article, so the pages it
 * is on are not rendered again for each article added.
 */
export interface YearLinks {
  readonly years: readonly string[];
  readonly undated: boolean;
}

/** The year navigation's links for an archive counted by `countByYear`. */
export function yearLinks(summary: YearSummary): YearLinks {
  return { years: summary.years.map(({ year }) => year), undated: summary.undated > 0 };
}
