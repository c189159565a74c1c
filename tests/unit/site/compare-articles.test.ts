import { describe, expect, test } from 'vitest';
import { compareNewestFirst, compareOldestFirst, type Datable } from '../../../src/lib/site/compare-articles.ts';

const a = (id: string, date: string | null, title = id): Datable => ({ id, date, title });
const ids = (list: Datable[]): string[] => list.map((item) => item.id);

describe.each([
  {
    name: 'compareNewestFirst',
    compare: compareNewestFirst,
    cases: [
      { input: [a('old', '2016'), a('new', '2020-03-19'), a('mid', '2018-05')], expected: ['new', 'mid', 'old'] },
      { input: [a('none', null), a('dated', '2001')], expected: ['dated', 'none'] },
      { input: [a('z', null, 'Zebra'), a('b', null, 'Apple')], expected: ['b', 'z'] },
      { input: [a('day', '2020-03-19'), a('month', '2020-03'), a('year', '2020')], expected: ['day', 'month', 'year'] },
      { input: [a('2', '2020', 'Same'), a('1', '2020', 'Same')], expected: ['1', '2'] },
    ],
  },
  {
    name: 'compareOldestFirst',
    compare: compareOldestFirst,
    cases: [
      { input: [a('new', '2020-03-19'), a('old', '2016'), a('mid', '2018-05')], expected: ['old', 'mid', 'new'] },
      { input: [a('none', null), a('dated', '2030')], expected: ['dated', 'none'] },
      { input: [a('day', '2020-03-19'), a('month', '2020-03'), a('year', '2020')], expected: ['year', 'month', 'day'] },
      { input: [a('x', '2020', 'B'), a('y', '2020', 'A')], expected: ['y', 'x'] },
    ],
  },
])('$name', ({ compare, cases }) => {
  test.each(cases)('orders $expected', ({ input, expected }) => {
    expect(ids([...input].sort(compare))).toEqual(expected);
    expect(ids([...input].reverse().sort(compare))).toEqual(expected);
  });
});
