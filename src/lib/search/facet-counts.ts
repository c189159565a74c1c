import type { EntityKind } from '../entities/entity-kinds.ts';
import { facetTests, type Facet, type FacetData } from './facet-filter.ts';
import { nameFilters, type SearchFilters } from './search-filters.ts';

/**
 * How many results each filter option would leave: by year (`dated` for all with a stated date,
 * `undated` for the others), by source, and by name for each kind whose names are loaded.
 */
export interface FacetCounts {
  readonly years: ReadonlyMap<number | 'dated' | 'undated', number>;
  readonly sources: ReadonlyMap<string, number>;
  /** Each name's count, for the kinds whose names `data` holds (absent for the others). */
  readonly names: Readonly<Partial<Record<EntityKind, ReadonlyMap<string, number>>>>;
}

/**
 * The result counts the filter options show for a query's hits (unfiltered). Each filter's counts
 * honour the other filters, not its own: with Source set to AFP, the Year options count the AFP
 * results of each year, so an option's count is what choosing it would show. Options no hit has
 * are absent (a count of 0).
 */
export function facetCounts(data: FacetData, docs: Iterable<number>, filters: SearchFilters): FacetCounts {
  const tests = Object.entries(facetTests(data, filters)) as [Facet, (doc: number) => boolean][];
  const years = new Map<number | 'dated' | 'undated', number>();
  const sources = new Map<string, number>();
  const named = nameFilters.flatMap(({ filter, kind }) => {
    const index = data.names[kind];
    return index ? [{ filter, kind, index, counts: new Map<string, number>() }] : [];
  });
  for (const doc of docs) {
    // A document counts for a filter's options when it passes every other filter.
    let failed: Facet | null = null;
    let failures = 0;
    for (const [facet, test] of tests) {
      if (test(doc)) continue;
      failed = facet;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    const counts = (facet: Facet) => failures === 0 || failed === facet;
    if (counts('year')) {
      const year = data.facets.years[data.facets.docYear[doc] ?? -1] ?? 'undated';
      add(years, year);
      if (year !== 'undated') add(years, 'dated');
    }
    const source = data.facets.sources[data.facets.docSource[doc] ?? -1];
    if (source !== undefined && counts('source')) add(sources, source);
    for (const { filter, index, counts: byName } of named) {
      if (!counts(filter)) continue;
      for (const name of index.byDoc.get(doc) ?? []) add(byName, index.names[name] ?? '');
    }
  }
  return { years, sources, names: Object.fromEntries(named.map(({ kind, counts }) => [kind, counts])) };
}

function add<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** An option's label with its count: `2020 (3)`. */
export function optionLabel(name: string, count: number): string {
  return `${name} (${count.toLocaleString('en')})`;
}
