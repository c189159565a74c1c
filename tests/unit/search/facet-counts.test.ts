import { describe, expect, test } from 'vitest';
import { facetCounts, optionLabel } from '../../../src/lib/search/facet-counts';
import type { SearchFacets } from '../../../src/lib/search/types';

// Documents: 0 2020 AFP, 1 2020 VOA, 2 2016 AFP, 3 undated AFP, 4 undated no source.
const facets: SearchFacets = { years: [2020, 2016], sources: ['AFP', 'VOA'], docYear: [0, 0, 1, -1, -1], docSource: [0, 1, 0, 0, -1] };
const all = [0, 1, 2, 3, 4];

describe('facetCounts', () => {
  test.each([
    { name: 'no filter', docs: all, filters: { year: null, source: null }, years: { 2020: 2, 2016: 1, dated: 3, undated: 2 }, sources: { AFP: 3, VOA: 1 } },
    { name: 'some hits', docs: [1, 4], filters: { year: null, source: null }, years: { 2020: 1, dated: 1, undated: 1 }, sources: { VOA: 1 } },
    { name: 'a source set: years count its results', docs: all, filters: { year: null, source: 'AFP' }, years: { 2020: 1, 2016: 1, dated: 2, undated: 1 }, sources: { AFP: 3, VOA: 1 } },
    { name: 'a year set: sources count its results', docs: all, filters: { year: 2020, source: null }, years: { 2020: 2, 2016: 1, dated: 3, undated: 2 }, sources: { AFP: 1, VOA: 1 } },
    { name: 'Undated set', docs: all, filters: { year: 'undated' as const, source: null }, years: { 2020: 2, 2016: 1, dated: 3, undated: 2 }, sources: { AFP: 1 } },
    { name: 'stated dates only: sources count the dated results', docs: all, filters: { year: 'dated' as const, source: null }, years: { 2020: 2, 2016: 1, dated: 3, undated: 2 }, sources: { AFP: 2, VOA: 1 } },
  ])('$name', ({ docs, filters, years, sources }) => {
    const counts = facetCounts(facets, docs, filters);
    expect(Object.fromEntries(counts.years)).toEqual(years);
    expect(Object.fromEntries(counts.sources)).toEqual(sources);
  });
});

describe('optionLabel', () => {
  test.each([
    { name: '2020', count: 3, expected: '2020 (3)' },
    { name: 'Undated', count: 1234, expected: 'Undated (1,234)' },
    { name: 'AFP', count: 0, expected: 'AFP (0)' },
  ])('$expected', ({ name, count, expected }) => {
    expect(optionLabel(name, count)).toBe(expected);
  });
});
