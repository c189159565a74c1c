import { describe, expect, test } from 'vitest';
import { countByYear } from '../../../src/lib/timeline/group-by-year.ts';
import { monthPageYears, timelinePlace } from '../../../src/lib/timeline/timeline-place.ts';

describe('timelinePlace', () => {
  test.each([
    { date: '2020-03-12', monthPages: [], expected: { href: '/timeline/2020/#2020-03', label: 'March 2020' } },
    { date: '2020-03', monthPages: [], expected: { href: '/timeline/2020/#2020-03', label: 'March 2020' } },
    { date: '2020-03-12', monthPages: ['2020'], expected: { href: '/timeline/2020/03/', label: 'March 2020' } },
    { date: '2020', monthPages: [], expected: { href: '/timeline/2020/#2020-month-unknown', label: '2020, month not stated' } },
    { date: '2020', monthPages: ['2020'], expected: { href: '/timeline/2020/month-unknown/', label: '2020, month not stated' } },
    { date: null, monthPages: ['2020'], expected: { href: '/timeline/undated/', label: 'Undated articles' } },
  ])('an article of $date (month pages in $monthPages) is listed at $expected.href', ({ date, monthPages, expected }) => {
    expect(timelinePlace(date, new Set(monthPages))).toEqual(expected);
  });
});

describe('monthPageYears', () => {
  test('names the years too large to list on one page', () => {
    const dates = [...Array.from({ length: 1001 }, () => '2020-01-02'), '2021-05-06', null];
    expect(monthPageYears(countByYear(dates.map((date) => ({ date }))))).toEqual(new Set(['2020']));
  });
});
