import { facetFilter, type SearchFilters } from './sharded-search';
import type { SearchFacets } from './types';

/** How many results each filter option would leave: by year (`dated` for all with a stated date, `undated` for the others) and by source. */
export interface FacetCounts {
  readonly years: ReadonlyMap<number | 'dated' | 'undated', number>;
  readonly sources: ReadonlyMap<string, number>;
}

/**
 * The result counts the filter options show for a query's hits (unfiltered). Each filter's counts
 * honour the other filter, not its own: with Source set to AFP, the Year options count the AFP
 * results of each year, so an option's count is what choosing it would show. Options no hit has
 * are absent (a count of 0).
 */
export function facetCounts(facets: SearchFacets, docs: Iterable<number>, filters: SearchFilters): FacetCounts {
  const ofSource = facetFilter(facets, { year: null, source: filters.source });
  const ofYear = facetFilter(facets, { year: filters.year, source: null });
  const years = new Map<number | 'dated' | 'undated', number>();
  const sources = new Map<string, number>();
  for (const doc of docs) {
    if (ofSource(doc)) {
      const year = facets.years[facets.docYear[doc] ?? -1] ?? 'undated';
      years.set(year, (years.get(year) ?? 0) + 1);
      if (year !== 'undated') years.set('dated', (years.get('dated') ?? 0) + 1);
    }
    const source = facets.sources[facets.docSource[doc] ?? -1];
    if (source !== undefined && ofYear(doc)) sources.set(source, (sources.get(source) ?? 0) + 1);
  }
  return { years, sources };
}

/** An option's label with its count: `2020 (3)`. */
export function optionLabel(name: string, count: number): string {
  return `${name} (${count.toLocaleString('en')})`;
}
