import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/format/format-date.ts';

describe('formatDate', () => {
  test.each([
    { date: '2020-03-19', expected: '19 March 2020' },
    { date: '2020-03-01', expected: '1 March 2020' },
    { date: '1999-12-31', expected: '31 December 1999' },
    { date: '2020-01', expected: 'January 2020' },
    { date: '2020-03', expected: 'March 2020' },
    { date: '2016', expected: '2016' },
    { date: null, expected: 'Undated' },
    // Written as given, not moved by a calendar: the schema admits these.
    { date: '2020-02-30', expected: '30 February 2020' },
    { date: '0050-03-01', expected: '1 March 0050' },
  ])('writes $date as "$expected"', ({ date, expected }) => {
    expect(formatDate(date)).toBe(expected);
  });

  test.each([
    { month: '01', name: 'January' },
    { month: '02', name: 'February' },
    { month: '03', name: 'March' },
    { month: '04', name: 'April' },
    { month: '05', name: 'May' },
    { month: '06', name: 'June' },
    { month: '07', name: 'July' },
    { month: '08', name: 'August' },
    { month: '09', name: 'September' },
    { month: '10', name: 'October' },
    { month: '11', name: 'November' },
    { month: '12', name: 'December' },
  ])('names month $month "$name", whatever the locale and time zone', ({ month, name }) => {
    expect(formatDate(`2021-${month}-01`)).toBe(`1 ${name} 2021`);
  });

  test.each(['19 March 2020', '2020-13', '2020-3-1', '', '20201'])('rejects %j, naming the expected forms', (date) => {
    expect(() => formatDate(date)).toThrow(/formatDate: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
