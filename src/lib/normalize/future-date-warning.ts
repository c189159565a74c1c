import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';

/** How far past the current time a date may lie before it is questioned: time zones and a day's grace. */
const graceMs = 24 * 60 * 60 * 1000;

/**
 * The warning for a record dated more than a day after `now`, or null. A date written to the
 * year or the month counts from its first day, so `2031` is in the future only once 2031 is
 * over a day away. Such a date would head the feed and the timeline; the article is kept.
 */
export function futureDateWarning(file: string, date: string | null, now: Date): Diagnostic | null {
  if (date === null) return null;
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const first = Date.UTC(year, month - 1, day);
  if (!(first > now.getTime() + graceMs)) return null;
  const message = `the date ${date} is in the future (today is ${now.toISOString().slice(0, 10)}), so the article would head the feed and the timeline; check the date the seed gives, or set the right one in its front matter (date: YYYY-MM-DD)`;
  return diagnostic('warning', file, 'future-date', message);
}
