import { monthNames } from '../format/format-date.ts';
import type { YearCount } from './group-by-year.ts';
import { listsWholeYear, monthPageHref } from './page-limits.ts';

/** The drawing's size in SVG user units: one column per month, a row of letters under the bars. */
export const chartGeometry = Object.freeze({ column: 24, bar: 18, barArea: 72, height: 96, labelY: 90 });

/** One column of a year's bar chart. */
export interface MonthBar {
  /** `YYYY-MM` or `YYYY-month-unknown`. */
  readonly id: string;
  /** What the bar says to a screen reader and in its tooltip: "March 2020: 3 articles". */
  readonly label: string;
  /** The letter under the column ("M"), or "?" for the month not stated. */
  readonly letter: string;
  readonly count: number;
  /** Where the bar leads (the month on the year page, or its own page); null for an empty month. */
  readonly href: string | null;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The bars of one year's chart of articles per month: twelve columns, January first, and a
 * thirteenth ("?") when some articles state only the year. Heights are in proportion to the
 * year's busiest month; a month with articles is at least 2 units tall, an empty one 1 (a
 * baseline, with no link). Each bar links to its month on the year page, or to the month's own
 * page when the year is too large to list whole (`listsWholeYear`).
 */
export function monthBars(year: YearCount): MonthBar[] {
  const counts = new Map(year.months.map((month) => [month.id, month]));
  const ids = monthNames.map((_, i) => `${year.year}-${String(i + 1).padStart(2, '0')}`);
  const unknown = `${year.year}-month-unknown`;
  if (counts.has(unknown)) ids.push(unknown);
  const max = Math.max(1, ...year.months.map((month) => month.count));
  const whole = listsWholeYear(year.count);
  const { column, bar, barArea } = chartGeometry;
  return ids.map((id, i) => {
    const count = counts.get(id)?.count ?? 0;
    const height = count === 0 ? 1 : Math.max(2, Math.round((count / max) * barArea));
    const name = id === unknown ? `${year.year}, month not stated` : `${monthNames[i] ?? ''} ${year.year}`;
    return {
      id,
      label: `${name}: ${count} ${count === 1 ? 'article' : 'articles'}`,
      letter: id === unknown ? '?' : (monthNames[i] ?? '?').charAt(0),
      count,
      href: count === 0 ? null : whole ? `/timeline/${year.year}/#${id}` : monthPageHref(id),
      x: i * column + (column - bar) / 2,
      y: barArea - height,
      width: bar,
      height,
    };
  });
}
