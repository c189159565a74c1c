import { describe, expect, test } from 'vitest';
import { groupByMonth } from '../../../src/lib/timeline/group-by-month.ts';

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
});
