import { describe, expect, test } from 'vitest';
import { parseDate } from '../../../src/lib/normalize/parse-date.ts';

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
    { line: 'Published February 24, 2020Last updated July 21, 2022', date: '2020-02-24' },
    { line: 'dated 3/7/24', date: '2024-03-07' },
    { line: 'Posted 07/03/2024', date: '2024-07-03' },
    // Forms real news pages print.
    { line: '10/17/2022 04:01 PM EDT', date: '2022-10-17' },
    { line: '22 Dec, 2016', date: '2016-12-22' },
    // Other languages, read when English finds no date in the line.
    { line: 'le 3 janvier 2020', date: '2020-01-03' },
    { line: '12 de marzo de 2019', date: '2019-03-12' },
    { line: 'Published 28 Apr 2023 18:01', date: '2023-04-28' },
    { line: 'Updated Nov. 29, 2016, 9:30 a.m.', date: '2016-11-29' },
    { line: 'Nov 29, 2016', date: '2016-11-29' },
    { line: 'By T.C. Sottek Nov 29, 2016', date: '2016-11-29' },
    { line: 'Sept. 5, 2019', date: '2019-09-05' },
    { line: '2016-11-29T10:00:00Z', date: '2016-11-29' },
    { line: 'Monday 12 June 2017 10.32 BST', date: '2017-06-12' },
    { line: 'June 12th, 2017', date: '2017-06-12' },
    { line: '12th June 2017', date: '2017-06-12' },
    { line: 'JUNE 12, 2017', date: '2017-06-12' },
    { line: '12.06.2017', date: '2017-06-12' },
    // A dotted two-digit year is day first, as Europe prints it; a slashed one stays month first.
    { line: '11.03.17', date: '2017-03-11' },
    { line: '3/7/24', date: '2024-03-07' },
    // Not dates: versions, phone numbers, scores, a bare year in prose.
    { line: 'Released version 1.2.3 today', date: null },
    { line: '1.2.3', date: null },
    { line: 'Call 555-1234', date: null },
    { line: 'in 2018 the company grew', date: null },
    { line: 'They won 3-1 at home', date: null },
  ])('$line', ({ line, date }) => {
    expect(parseDate(line)?.date ?? null).toBe(date);
  });
});

describe('parseDate, asked twice', () => {
  test.each(['Published 2 May 2020', 'Thu 7 Mar 2024 07.55 GMT', 'March 7'])('gives the same answer for %s', (line) => {
    expect(parseDate(line)).toEqual(parseDate(line));
  });
});
