import type { EntityKind } from '../entities/entity-kinds.ts';
import { nameFilters, type NameFilter, type SearchFilters } from './search-filters.ts';
import type { NameFacets, SearchFacets } from './types.ts';

/** One kind's names as the browser reads them: `facets/<kind>.json`, decoded once. */
export interface NameIndex {
  /** The names, in the file's order (the filter's options). */
  readonly names: readonly string[];
  /** Each name's documents, by its position in `names`. */
  readonly docs: readonly ReadonlySet<number>[];
  /** Each document's names, as positions in `names`; a document that gives none is absent. */
  readonly byDoc: ReadonlyMap<number, readonly number[]>;
}

/** What the filters read: `facets.json` (years and sources) and the names of the kinds loaded so far. */
export interface FacetData {
  readonly facets: SearchFacets;
  readonly names: Readonly<Partial<Record<EntityKind, NameIndex>>>;
}

/** The filters, each a test of one document. */
export type Facet = 'year' | 'source' | NameFilter;

/** Decode a `facets/<kind>.json` file: its gaps into document numbers, and the inverse, each document's names. */
export function decodeNames(file: NameFacets): NameIndex {
  const byDoc = new Map<number, number[]>();
  const docs = file.docs.map((gaps, name) => {
    const set = new Set<number>();
    let doc = 0;
    for (const gap of gaps) {
      doc += gap;
      set.add(doc);
      const names = byDoc.get(doc);
      if (names) names.push(name);
      else byDoc.set(doc, [name]);
    }
    return set;
  });
  return { names: file.names, docs, byDoc };
}

/**
 * For each filter that is set, the test of a document number against it (`undated` keeps the
 * documents whose year is -1, `dated` every other; a year, source or name the index lacks keeps
 * none). Throws when a name
 * filter is set and its kind's names are not in `data`: load them first (`ShardedSearch.facetData`).
 */
export function facetTests(data: FacetData, filters: SearchFilters): Partial<Record<Facet, (doc: number) => boolean>> {
  const { facets } = data;
  const tests: Partial<Record<Facet, (doc: number) => boolean>> = {};
  const { year } = filters;
  if (year === 'dated') tests.year = (doc) => (facets.docYear[doc] ?? -1) >= 0;
  else if (year === 'undated') tests.year = (doc) => facets.docYear[doc] === -1;
  else if (year !== null) tests.year = holding(facets.docYear, facets.years.indexOf(year));
  if (filters.source !== null) tests.source = holding(facets.docSource, facets.sources.indexOf(filters.source));
  for (const { filter, kind } of nameFilters) {
    const name = filters[filter];
    if (name === null) continue;
    const index = data.names[kind];
    if (!index) throw new Error(`Search: the ${filter} filter is set but facets/${kind}.json is not loaded; load it with facetData first.`);
    const docs = index.docs[index.names.indexOf(name)];
    tests[filter] = (doc) => docs?.has(doc) === true;
  }
  return tests;
}

/** A test of a document's value (an index into a list, -1 for none) against a wanted index; -1 (not in the list) keeps none. */
function holding(values: readonly number[], wanted: number): (doc: number) => boolean {
  return (doc) => wanted >= 0 && values[doc] === wanted;
}

/** A test of a document number against all the filters that are set. */
export function facetFilter(data: FacetData, filters: SearchFilters): (doc: number) => boolean {
  const all = Object.values(facetTests(data, filters));
  return (doc) => all.every((test) => test(doc));
}
