import type { EntityKind } from '../entities/entity-kinds.ts';
import type { SearchArticle } from './build-index.ts';
import { nameFacets, searchFacets } from './facets.ts';

/** One choice of a filter and how many articles it holds. */
export interface FacetOption<T> {
  readonly value: T;
  readonly count: number;
}

/**
 * What the search page's filters offer before any query: each year, the undated articles, each
 * source, each person, place and organization that has a page, with article counts.
 */
export interface FacetOptions extends Readonly<Record<EntityKind, readonly FacetOption<string>[]>> {
  /** Years that have articles, newest first. */
  readonly years: readonly FacetOption<number>[];
  /** Articles with a stated date (the "With a stated date" option, offered when some are undated). */
  readonly dated: number;
  /** Articles without a date (the "Undated" option; none when 0). */
  readonly undated: number;
  /** Sources that have articles, A–Z; empty when no article names its source (then the filter is hidden). */
  readonly sources: readonly FacetOption<string>[];
}

/**
 * How many names each of the Person, Place and Organization menus offers: the names with the most
 * articles. Every name with a page can still be searched within: its page links to the search
 * with the name set, and the search page adds that name to its menu (`chooseOption`). Without a
 * cap, an archive naming tens of thousands of people would put them all in the search page's HTML.
 */
export const nameMenuLimit = 100;

/** The names of each kind that have a page, most articles first, then A–Z, each with its articles (as `nameFacets` or the name pages list them). */
export type NameGroups = Readonly<Record<EntityKind, readonly { readonly name: string; readonly articles: readonly unknown[] }[]>>;

/**
 * The filters' options for a set of articles, in the index's order: `searchFacets` for years and
 * sources, `nameFacets` (most articles first, then A–Z; empty hides the filter) for names, at most
 * `limit` of each kind. `names`, when the caller has them already (the name pages' groups of the
 * same articles), stand for `nameFacets`, which they equal.
 */
export function facetOptions(articles: readonly Pick<SearchArticle, 'date' | 'source' | 'entities'>[], limit = nameMenuLimit, names: NameGroups = nameFacets(articles)): FacetOptions {
  const { years, sources } = searchFacets(articles);
  const byYear = new Map<number, number>();
  const bySource = new Map<string, number>();
  let undated = 0;
  for (const { date, source } of articles) {
    if (date === null) undated++;
    else byYear.set(Number(date.slice(0, 4)), (byYear.get(Number(date.slice(0, 4))) ?? 0) + 1);
    if (source !== null) bySource.set(source, (bySource.get(source) ?? 0) + 1);
  }
  const named = (kind: EntityKind) => names[kind].slice(0, limit).map(({ name, articles: docs }) => ({ value: name, count: docs.length }));
  return {
    years: years.map((value) => ({ value, count: byYear.get(value) ?? 0 })),
    dated: articles.length - undated,
    undated,
    sources: sources.map((value) => ({ value, count: bySource.get(value) ?? 0 })),
    people: named('people'),
    places: named('places'),
    organizations: named('organizations'),
  };
}
