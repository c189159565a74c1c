import { nameFilters, noFilters } from '../search/search-filters.ts';
import { writeSearchState } from '../search/url-state.ts';
import type { NamedKindId } from './named-kinds.ts';

/** A link to the search page: its address and its text. */
export interface SearchLink {
  readonly href: string;
  readonly label: string;
}

/**
 * The link from a person's, place's or organization's page to the search page with that name's
 * filter set: `/search/?person=Mike+Pompeo`, "Search within articles about Mike Pompeo". The
 * name is the page's, which is the filter's option (`entityPages`). Null for authors and sources.
 */
export function nameSearchLink(kind: NamedKindId, name: string): SearchLink | null {
  const filter = nameFilters.find((f) => f.kind === kind)?.filter;
  if (filter === undefined) return null;
  return { href: `/search/${writeSearchState({ ...noFilters, [filter]: name, q: '', exact: false })}`, label: `Search within articles about ${name}` };
}
