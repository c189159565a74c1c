import { partialDatePattern } from '../article/patterns';

/** English month names, January first: dates are shown the same way whatever the build machine's locale. */
export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * A record's date written out as its precision allows: `2020-03-19` → "19 March 2020",
 * `2020-03` → "March 2020", `2020` → "2020", `null` → "Undated".
 * Never guesses a day or month the date does not have.
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
