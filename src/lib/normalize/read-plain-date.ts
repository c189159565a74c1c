import { monthNames } from '../format/format-date.ts';

/**
 * The commonest date lines, read without chrono: a line that is only "12 March 2015",
 * "March 12, 2015" or "2015-03-12" (English month names as printed, a year from 1800 to 2099).
 * Chrono's strict English parser, asked first, reads each such line whole, to the same date;
 * it costs far more than a pattern, and a page's date line is seldom seen twice.
 */
const monthNumbers: ReadonlyMap<string, number> = new Map(monthNames.map((m, i) => [m, i + 1]));
const month = `(${monthNames.join('|')})`;
const dayMonthYear = new RegExp(String.raw`^(\d{1,2}) ${month} (\d{4})$`, 'u');
const monthDayYear = new RegExp(String.raw`^${month} (\d{1,2}), (\d{4})$`, 'u');
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The date a plain date line states, as `parseDate` gives it (the whole line at offset 0), or null for any other line. */
export function readPlainDate(line: string): { readonly date: string; readonly text: string; readonly index: number } | null {
  if (line.length > 18) return null;
  let y: number;
  let m: number;
  let d: number;
  let found = dayMonthYear.exec(line);
  if (found) {
    [d, m, y] = [Number(found[1]), monthNumbers.get(found[2] ?? '') ?? 0, Number(found[3])];
  } else if ((found = monthDayYear.exec(line))) {
    [m, d, y] = [monthNumbers.get(found[1] ?? '') ?? 0, Number(found[2]), Number(found[3])];
  } else if ((found = isoDay.exec(line))) {
    [y, m, d] = [Number(found[1]), Number(found[2]), Number(found[3])];
  } else {
    return null;
  }
  if (y < 1800 || y > 2099 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
  return Object.freeze({ date: `${y}-${pad(m)}-${pad(d)}`, text: line, index: 0 });
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
