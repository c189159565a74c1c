import { describe, expect, test } from 'vitest';
import { countByYear, monthIdOf, monthLabelOf, yearLinks, yearOf } from '../../../src/lib/timeline/group-by-year.ts';

describe('yearOf', () => {
  test.each([
    { date: '2020-03-19', expected: '2020' },
    { date: '2016', expected: '2016' },
    { date: null, expected: null },
  ])('$date is in $expected', ({ date, expected }) => {
    expect(yearOf(date)).toBe(expected);
  });
});

describe('monthIdOf and monthLabelOf', () => {
  test.each([
    { date: '2020-03-19', id: '2020-03', label: 'March 2020' },
    { date: '2020-11', id: '2020-11', label: 'November 2020' },
    { date: '2016', id: '2016-month-unknown', label: '2016, month not stated' },
  ])('$date falls under #$id, "$label"', ({ date, id, label }) => {
    expect(monthIdOf(date)).toBe(id);
    expect(monthLabelOf(id)).toBe(label);
  });
});

describe('countByYear', () => {
  test.each([
    { name: 'an empty archive', dates: [], expected: { years: [], undated: 0 } },
    {
      name: 'mixed precisions and undated',
      dates: ['2020-03-19', null, '2016', '2020-03', '2020-01-02', null, '2016-12'],
      expected: {
        years: [
          {
            year: '2016',
            count: 2,
            months: [
              { id: '2016-12', label: 'December 2016', count: 1 },
              { id: '2016-month-unknown', label: '2016, month not stated', count: 1 },
            ],
          },
          {
            year: '2020',
            count: 3,
            months: [
              { id: '2020-01', label: 'January 2020', count: 1 },
              { id: '2020-03', label: 'March 2020', count: 2 },
            ],
          },
        ],
        undated: 2,
      },
    },
  ])('summarises $name', ({ dates, expected }) => {
    expect(countByYear(dates.map((date) => ({ date })))).toEqual(expected);
  });
});

describe('yearLinks', () => {
  test.each([
    { dates: ['2021-01-01', '2020-05', '2020'], expected: { years: ['2020', '2021'], undated: false } },
    { dates: ['2020-05-01', null], expected: { years: ['2020'], undated: true } },
    { dates: [], expected: { years: [], undated: false } },
  ])('the navigation of $dates links $expected', ({ dates, expected }) => {
    expect(yearLinks(countByYear(dates.map((date) => ({ date }))))).toEqual(expected);
  });

  test('is the same after an article is added to a year that has one', () => {
    const before = countByYear(['2020-05-01', '2021-01-01'].map((date) => ({ date })));
    const after = countByYear(['2020-05-01', '2020-06-01', '2021-01-01'].map((date) => ({ date })));
    expect(yearLinks(after)).toEqual(yearLinks(before));
  });
});
