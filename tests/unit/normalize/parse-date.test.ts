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
    // Month names and numbers but no written year: refused before chrono is asked.
    { line: 'Published 7 March', date: null },
    { line: 'The market 5 points down by May 3', date: null },
    { line: 'Updated 07/03 at 11:32', date: null },
    // A year glued to a time, or a short numeric date: still read.
    { line: 'Posted March 7, 20247:55 AM', date: '2024-03-07' },
    { line: 'dated 3/7/24', date: '2024-03-07' },
    { line: 'Posted 07/03/2024', date: '2024-07-03' },
  ])('$line', ({ line, date }) => {
    expect(parseDate(line)?.date ?? null).toBe(date);
  });
});

describe('parseDate, asked twice', () => {
  test.each(['Published 2 May 2020', 'Thu 7 Mar 2024 07.55 GMT', 'March 7'])('gives the same answer for %s', (line) => {
    expect(parseDate(line)).toEqual(parseDate(line));
  });
});
