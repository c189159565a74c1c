import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../src/lib/normalize/parse-date';

describe('parseDate', () => {
  test.each([
    { line: 'Published 2 May 2020', date: '2020-05-02' },
    { line: 'Published Jun 05, 2026 • 3 minute read', date: '2026-06-05' },
    { line: 'March 7, 20247:55 AM UTCUpdated ago', date: '2024-03-07' },
    { line: '2020-03-19', date: '2020-03-19' },
    { line: 'Updated 11:32 a.m. ET Nov. 22, 2024', date: '2024-11-22' },
    { line: 'Thu 7 Mar 2024 07.55 GMT', date: '2024-03-07' },
    { line: 'December 2019', date: '2019-12' },
    { line: 'April 26, 2024 at 11:24 p.m. EDT', date: '2024-04-26' },
    { line: 'Tuesday', date: null },
    { line: '5 hours ago', date: null },
    { line: 'March 7', date: null },
    { line: 'no date here at all', date: null },
  ])('$line', ({ line, date }) => {
    expect(parseDate(line)?.date ?? null).toBe(date);
  });
});
