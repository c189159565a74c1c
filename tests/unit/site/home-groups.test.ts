import { describe, expect, test } from 'vitest';
import { homeGroups } from '../../../src/lib/site/home-groups.ts';

const a = (id: string, date: string | null) => ({ id, date });

describe('homeGroups', () => {
  test.each([
    { name: 'no articles, no groups', input: [], expected: [] },
    {
      name: 'months newest first, then a year without a month, then the undated group',
      input: [a('1', '2022-03-08'), a('2', '2022-03'), a('3', '2021-09-14'), a('4', '2021'), a('5', null), a('6', null)],
      expected: [
        { id: '2022-03', label: 'March 2022', ids: ['1', '2'] },
        { id: '2021-09', label: 'September 2021', ids: ['3'] },
        { id: '2021-month-unknown', label: '2021, month not stated', ids: ['4'] },
        { id: 'undated', label: 'Undated articles', ids: ['5', '6'] },
      ],
    },
    { name: 'only undated articles', input: [a('u', null)], expected: [{ id: 'undated', label: 'Undated articles', ids: ['u'] }] },
  ])('$name', ({ input, expected }) => {
    expect(homeGroups(input).map((g) => ({ id: g.id, label: g.label, ids: g.articles.map((x) => x.id) }))).toEqual(expected);
  });
});
