import { decodeNames, type FacetData } from '../../../src/lib/search/facet-filter.ts';
import { noFilters, type SearchFilters } from '../../../src/lib/search/search-filters.ts';

/**
 * Five documents: 0 2020 AFP, 1 2020 VOA, 2 2016 AFP, 3 undated AFP, 4 undated without a source.
 * Mike Pompeo is named in 0, 1 and 3, John Kerry in 1 and 2, Idlib in 0 and 4; no organization's
 * names are loaded.
 */
export const facetData: FacetData = {
  facets: { years: [2020, 2016], sources: ['AFP', 'VOA'], docYear: [0, 0, 1, -1, -1], docSource: [0, 1, 0, 0, -1] },
  names: {
    people: decodeNames({ names: ['Mike Pompeo', 'John Kerry'], docs: [[0, 1, 2], [1, 1]] }),
    places: decodeNames({ names: ['Idlib'], docs: [[0, 4]] }),
  },
};

/** Filters with only the given ones set. */
export function filters(set: Partial<SearchFilters>): SearchFilters {
  return { ...noFilters, ...set };
}
