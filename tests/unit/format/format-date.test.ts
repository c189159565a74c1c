import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/format/format-date';

describe('formatDate', () => {
  test.each([
    { date: '2020-03-19', expected: '19 March 2020' },
    { date: '2020-03-01', expected: '1 March 2020' },
    { date: '1999-12-31', expected: '31 December 1999' },
    { date: '2020-01', expected: 'January 2020' },
    { date: '2020-03', expected: 'March 2020' },
    { date: '2016', expected: '2016' },
    { date: null, expected: 'Undated' },
  ])('writes $date as "$expected"', ({ date, expected }) => {
    expect(formatDate(date)).toBe(expected);
  });

  test.each(['19 March 2020', '2020-13', '2020-3-1', '', '20201'])('rejects %j, naming the expected forms', (date) => {
    expect(() => formatDate(date)).toThrow(/formatDate: expected YYYY, YYYY-MM or YYYY-MM-DD/);
  });
});
