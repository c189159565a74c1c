import { describe, expect, test } from 'vitest';
import { searchFacets } from '../../../src/lib/search/facets';

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
