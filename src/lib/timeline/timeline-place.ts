import { monthIdOf, monthLabelOf, type YearSummary } from './group-by-year.ts';
import { listsWholeYear, monthPageHref } from './page-limits.ts';

/** Where the timeline lists the articles of a date: the address and its name ("March 2020"). */
export interface TimelinePlace {
  readonly href: string;
  readonly label: string;
}

/** The years whose months have pages of their own (`listsWholeYear`), from the timeline's counts. */
export function monthPageYears(summary: YearSummary): Set<string> {
  return new Set(summary.years.filter(({ count }) => !listsWholeYear(count)).map(({ year }) => year));
}

/**
 * Where the timeline lists an article of `date` (a partial date, or null): the undated list; a
 * month's own page in a year of `monthPages`; else the month's heading on the year page. A date
 * that gives only the year goes to its year's "month not stated" group.
 */
export function timelinePlace(date: string | null, monthPages: ReadonlySet<string>): TimelinePlace {
  if (date === null) return { href: '/timeline/undated/', label: 'Undated articles' };
  const id = monthIdOf(date);
  const year = date.slice(0, 4);
  return { href: monthPages.has(year) ? monthPageHref(id) : `/timeline/${year}/#${id}`, label: monthLabelOf(id) };
}
