import { describe, expect, test } from 'vitest';
import { groupEstimates } from '../../../src/lib/timeline/group-estimates.ts';

const a = (id: string, date: string | null, dateEstimate: string | null) => ({ id, title: id, date, dateEstimate });

describe('groupEstimates', () => {
  const articles = [a('x', '2016-01-01', null), a('b', null, '2015-12-16/..'), a('c', null, '2015/..'), a('d', null, '2018/..'), a('e', null, null), a('f', '2019', '2012/..')];

  test('lanes by the year of the bound, oldest first; within a lane, the earliest bound first', () => {
    expect(groupEstimates(articles).map((l) => [l.year, l.articles.map((x) => x.id)])).toEqual([
      ['2015', ['c', 'b']],
      ['2018', ['d']],
    ]);
  });

  test.each([
    { year: '2015', expected: ['c', 'b'] },
    { year: '2018', expected: ['d'] },
    { year: '2016', expected: [] },
  ])('the lane of $year alone', ({ year, expected }) => {
    expect(groupEstimates(articles, year).flatMap((l) => l.articles.map((x) => x.id))).toEqual(expected);
  });
});
