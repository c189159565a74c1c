/**
 * The commonest date lines, read without chrono: a line that is only "12 March 2015",
 * "March 12, 2015" or "2015-03-12" (English month names as printed, a year from 1800 to 2099),
 * or a stamp "Published on 12 Sep 2015 - 10:30" (a month's name or its three letters, a time of day).
 * Chrono's strict English parser, asked first, reads each such line whole (the stamp from its
 * "on"), to the same date; it costs far more than a pattern (a stamp over 100 us), and a page's
 * date line is seldom seen twice.
 */
const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Each month's number by its name and by its first three letters. */
const monthNumbers: ReadonlyMap<string, number> = new Map(monthNames.flatMap((m, i) => [[m, i + 1], [m.slice(0, 3), i + 1]]));
const month = `(${monthNames.join('|')})`;
const dayMonthYear = new RegExp(String.raw`^(\d{1,2}) ${month} (\d{4})$`, 'u');
const monthDayYear = new RegExp(String.raw`^${month} (\d{1,2}), (\d{4})$`, 'u');
const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/u;
const shortMonth = `(${monthNames.map((m) => m.slice(0, 3)).join('|')}|${monthNames.join('|')})`;
const publishedOn = new RegExp(String.raw`^Published (on (\d{1,2}) ${shortMonth} (\d{4}) - (?:[01]\d|2[0-3]):[0-5]\d)$`, 'u');
/** Where the stamp's date, as chrono reads it, starts: at its "on". */
const stampStart = 'Published '.length;

/** The date a plain date line or stamp states, as `parseDate` gives it, or null for any other line. */
export function readPlainDate(line: string): { readonly date: string; readonly text: string; readonly index: number } | null {
  if (line.length > 18) return line.startsWith('Published on ') ? readStamp(line) : null;
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

/** "Published on 12 Sep 2015 - 10:30": the date from "on" to the time, as chrono reads it. */
function readStamp(line: string): { readonly date: string; readonly text: string; readonly index: number } | null {
  const found = publishedOn.exec(line);
  if (!found) return null;
  const [, text = '', day = '', name = '', year = ''] = found;
  const [y, m, d] = [Number(year), monthNumbers.get(name) ?? 0, Number(day)];
  if (y < 1800 || y > 2099 || m < 1 || d < 1 || d > daysIn(y, m)) return null;
  return Object.freeze({ date: `${y}-${pad(m)}-${pad(d)}`, text, index: stampStart });
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
