import { partialDatePattern } from '../article/patterns.ts';

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * English month names, January first, from `Intl` (British English, UTC): dates are shown the
 * same way whatever the build machine's locale and time zone.
 */
export const monthNames: readonly string[] = Object.freeze(
  Array.from({ length: 12 }, (_, month) => monthName.format(Date.UTC(2000, month, 1))),
);

/**
 * A record's date written out as its precision allows: `2020-03-19` → "19 March 2020",
 * `2020-03` → "March 2020", `2020` → "2020", `null` → "Undated".
 * Never guesses a day or month the date does not have. The day and year are written as the date
 * gives them, not through a `Date`: a day the schema admits but the calendar does not
 * (`2020-02-30`), or a year before 100, is shown as written rather than moved.
 * Throws a `TypeError` on a string that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (the schema rules those out).
 */
export function formatDate(date: string | null): string {
  if (date === null) return 'Undated';
  const match = partialDatePattern.exec(date);
  const [, year, month, day] = match ?? [];
  const name = month === undefined ? undefined : monthNames[Number(month) - 1];
  if (!match || year === undefined || (month !== undefined && name === undefined)) {
    throw new TypeError(`formatDate: expected YYYY, YYYY-MM or YYYY-MM-DD or null, found ${JSON.stringify(date)}`);
  }
  if (name === undefined) return year;
  if (day === undefined) return `${name} ${year}`;
  return `${Number(day)} ${name} ${year}`;
}
