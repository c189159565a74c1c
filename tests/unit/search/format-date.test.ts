import { describe, expect, test } from 'vitest';
import { formatDate } from '../../../src/lib/search/format-date';
import { searchFacets } from '../../../src/lib/search/facets';

describe('formatDate', () => {
  test.each([
    { date: '2020-03-19', expected: '19 March 2020' },
    { date: '2020-03-01', expected: '1 March 2020' },
    { date: '2020-12', expected: 'December 2020' },
    { date: '2020', expected: '2020' },
    { date: null, expected: 'Undated' },
  ])('$date → $expected', ({ date, expected }) => {
    expect(formatDate(date)).toBe(expected);
  });
});

describe('searchFacets', () => {
  test('lists years newest first and sources alphabetically, skipping unknowns', () => {
    const facets = searchFacets([
      { date: '2016-09-18', source: 'VOA' },
      { date: null, source: null },
      { date: '2020', source: 'AFP' },
      { date: '2020-03', source: 'VOA' },
    ]);
    expect(facets).toEqual({ years: [2020, 2016], sources: ['AFP', 'VOA'] });
  });
});
