import type { EntityKind } from '../entities/entity-kinds.ts';

/**
 * The Year filter's choice: a four-digit year, `dated` for articles whose text or front matter
 * states a date (no date carried from another version or estimated from the text counts),
 * `undated` for the others, or null for any.
 */
export type YearChoice = number | 'dated' | 'undated' | null;

/** The filters that narrow a search: each null for any. A filter keeps or drops hits, never changes their scores. */
export interface SearchFilters {
  /** The Year filter (`YearChoice`). */
  readonly year: YearChoice;
  /** A source's name. */
  readonly source: string | null;
  /** A person's name, as the person's page and the Person filter give it ("Mike Pompeo"). */
  readonly person: string | null;
  /** A place's name, as its page gives it. */
  readonly place: string | null;
  /** An organization's name, as its page gives it. */
  readonly organization: string | null;
}

/** The filters that choose a name of the articles' bodies (a person, a place, an organization). */
export type NameFilter = 'person' | 'place' | 'organization';

/** Each name filter: its kind of name, its label and its "any" option. In the order the page shows them. */
export const nameFilters: readonly { readonly filter: NameFilter; readonly kind: EntityKind; readonly label: string; readonly any: string }[] = Object.freeze([
  { filter: 'person', kind: 'people', label: 'Person', any: 'Any person' },
  { filter: 'place', kind: 'places', label: 'Place', any: 'Any place' },
  { filter: 'organization', kind: 'organizations', label: 'Organization', any: 'Any organization' },
]);

/** No filter set. */
export const noFilters: SearchFilters = Object.freeze({ year: null, source: null, person: null, place: null, organization: null });

/** Whether any filter is set. */
export function hasFilters(filters: SearchFilters): boolean {
  return filters.year !== null || filters.source !== null || nameFilters.some(({ filter }) => filters[filter] !== null);
}
