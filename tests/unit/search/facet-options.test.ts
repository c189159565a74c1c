import { describe, expect, test } from 'vitest';
import { facetOptions } from '../../../src/lib/search/facet-options';

describe('facetOptions', () => {
  test.each([
    {
      name: 'years newest first, sources A–Z, with article counts, and the undated ones',
      articles: [
        { date: '2016-09-18', source: 'VOA' },
        { date: null, source: null },
        { date: '2020', source: 'AFP' },
        { date: '2020-03', source: 'VOA' },
        { date: null, source: 'AFP' },
      ],
      expected: {
        years: [{ value: 2020, count: 2 }, { value: 2016, count: 1 }],
        dated: 3,
        undated: 2,
        sources: [{ value: 'AFP', count: 2 }, { value: 'VOA', count: 2 }],
      },
    },
    { name: 'no source anywhere: no source options', articles: [{ date: null, source: null }], expected: { years: [], dated: 0, undated: 1, sources: [] } },
    { name: 'no article', articles: [], expected: { years: [], dated: 0, undated: 0, sources: [] } },
  ])('$name', ({ articles, expected }) => {
    expect(facetOptions(articles)).toEqual(expected);
  });
});
