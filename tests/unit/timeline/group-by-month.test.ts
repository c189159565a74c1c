import { describe, expect, test } from 'vitest';
import { groupByMonth, groupByMonthEachYear } from '../../../src/lib/timeline/group-by-month.ts';

const a = (id: string, date: string | null, title = id) => ({ id, date, title });
const articles = [
  a('mar-19', '2020-03-19'),
  a('y2020', '2020'),
  a('mar', '2020-03'),
  a('jan', '2020-01-05'),
  a('other-year', '2019-12-31'),
  a('undated', null),
  a('mar-02', '2020-03-02', 'Zed'),
  a('mar-02b', '2020-03-02', 'Abe'),
];

describe('groupByMonth', () => {
  test.each([
    {
      year: '2020',
      expected: [
        { id: '2020-01', label: 'January 2020', ids: ['jan'] },
        { id: '2020-03', label: 'March 2020', ids: ['mar', 'mar-02b', 'mar-02', 'mar-19'] },
        { id: '2020-month-unknown', label: '2020, month not stated', ids: ['y2020'] },
      ],
    },
    { year: '2019', expected: [{ id: '2019-12', label: 'December 2019', ids: ['other-year'] }] },
    { year: '1990', expected: [] },
  ])('groups $year by month, oldest first', ({ year, expected }) => {
    const groups = groupByMonth(articles, year).map((g) => ({ id: g.id, label: g.label, ids: g.articles.map((x) => x.id) }));
    expect(groups).toEqual(expected);
  });

  test('each year at once, or the years asked for, groups as year by year does', () => {
    const each = groupByMonthEachYear(articles);
    expect([...each.keys()].sort()).toEqual(['2019', '2020']);
    for (const year of ['2019', '2020']) expect(each.get(year)).toEqual(groupByMonth(articles, year));
    expect([...groupByMonthEachYear(articles, new Set(['2019', '1990'])).keys()]).toEqual(['2019']);
    expect(articles.map((x) => x.id)).toEqual(['mar-19', 'y2020', 'mar', 'jan', 'other-year', 'undated', 'mar-02', 'mar-02b']);
  });
});
