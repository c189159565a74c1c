import { formatDate } from '../format/format-date.ts';
import type { Stories } from '../stories/group-stories.ts';
import { timelinePlace } from '../timeline/timeline-place.ts';
import { compareNewestFirst, type Datable } from './compare-articles.ts';

/** "More from March 2020": a few other articles of an article's month, for its page's rail. */
export interface MoreFromMonth<T> {
  /** The month, "March 2020", or the year, "2020", for a date that gives only the year. */
  readonly label: string;
  /** Where the timeline lists that month (or year) in full. */
  readonly href: string;
  /** The other articles, newest first; may be empty. */
  readonly articles: readonly T[];
}

/** How many articles a rail lists under "More from <month>". */
export const moreFromMonthCount = 5;

/** The period an article is filed under: `YYYY-MM`, or `YYYY` for a year-only date. */
export function periodOf(date: string): string {
  return date.length === 4 ? date : date.slice(0, 7);
}

/** The timeline address of a period: the year page for a year; a month's own page in a year whose months have one, else its heading on the year page. */
function periodHref(period: string, monthPages: ReadonlySet<string>): string {
  return period.length === 4 ? `/timeline/${period}/` : timelinePlace(period, monthPages).href;
}

/** Each dated article's "More from <month>", found when asked: `get(id)` gives it, `has(id)` says whether there is one. */
export interface MonthRails<T> {
  get(id: string): MoreFromMonth<T> | undefined;
  has(id: string): boolean;
}

/**
 * For every dated article, up to `count` other articles of its month, newest first (a date that
 * gives only the year shares the whole year's). Each other story appears once, at its leading
 * version, as lists show it; the article's own story (itself and its other versions) never does.
 * Undated articles have none: they share no month. `monthPages` names the years whose months
 * have pages of their own (`listsWholeYear`), where the link goes. The input is not modified.
 * Only each period's list is kept; an article's rail is made when asked for, so an archive's
 * pages do not hold every rail at once.
 */
export function moreFromMonth<T extends Datable>(
  articles: readonly T[],
  stories: Stories,
  monthPages: ReadonlySet<string> = new Set(),
  count: number = moreFromMonthCount,
): MonthRails<T> {
  const byPeriod = new Map<string, T[]>();
  for (const article of [...articles].sort(compareNewestFirst)) {
    const story = stories.get(article.id);
    if (article.date === null || (story !== undefined && story.members[0] !== article.id)) continue;
    const period = periodOf(article.date);
    const list = byPeriod.get(period) ?? [];
    list.push(article);
    byPeriod.set(period, list);
  }
  const dated = new Map<string, T>();
  for (const article of articles) if (article.date !== null) dated.set(article.id, article);
  const railOf = (article: T, date: string): MoreFromMonth<T> => {
    const period = periodOf(date);
    const own = new Set(stories.get(article.id)?.members ?? [article.id]);
    const others: T[] = [];
    for (const other of byPeriod.get(period) ?? []) {
      if (others.length >= count) break;
      if (!own.has(other.id) && other.id !== article.id) others.push(other);
    }
    return { label: formatDate(period), href: periodHref(period, monthPages), articles: others };
  };
  return {
    get: (id) => {
      const article = dated.get(id);
      return article?.date == null ? undefined : railOf(article, article.date);
    },
    has: (id) => dated.has(id),
  };
}
