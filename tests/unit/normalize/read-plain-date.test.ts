import * as chrono from 'chrono-node';
import { describe, expect, test } from 'vitest';
import { readPlainDate } from '../../../src/lib/normalize/read-plain-date.ts';

/** What chrono's strict English parser, which `parseDate` asks first, reads in the line. */
function chronoReads(line: string): { date: string; text: string; index: number } | null {
  const [r] = chrono.en.strict.parse(line, new Date(Date.UTC(2000, 0, 1)));
  if (!r || !r.start.isCertain('day')) return null;
  const pad = (n: number | null): string => String(n).padStart(2, '0');
  return { date: `${r.start.get('year')}-${pad(r.start.get('month'))}-${pad(r.start.get('day'))}`, text: r.text, index: r.index };
}

describe('readPlainDate', () => {
  test.each([
    '12 March 2015',
    '4 March 2015',
    '04 March 2015',
    '31 December 1800',
    'March 4, 2015',
    'September 30, 2099',
    'February 29, 2016',
    '2015-03-04',
    '1999-12-31',
  ])('reads %s as chrono does', (line) => {
    expect(readPlainDate(line)).toEqual(chronoReads(line));
  });

  test.each([
    // Not a day of the calendar, a year outside 1800–2099, or more than the date: left to chrono.
    '31 February 2015',
    'February 29, 2015',
    '2015-13-01',
    '12 March 2150',
    '12 March 1799',
    '12 march 2015',
    '12 Mar 2015',
    'Published 12 March 2015',
    '12 March 2015 10:30',
    'March 4 2015',
  ])('leaves %s to chrono', (line) => {
    expect(readPlainDate(line)).toBeNull();
  });
});
