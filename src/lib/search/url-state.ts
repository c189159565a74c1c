import { nameFilters, type NameFilter, type SearchFilters } from './search-filters.ts';

/** What the search page shows, as kept in its URL: `/search/?q=…&year=…&source=…&person=…&place=…&organization=…&exact=1`. */
export interface SearchState extends SearchFilters {
  /** The query as typed (trimmed), or ''. */
  readonly q: string;
  /** Match the words exactly as typed, without typo correction (the "Search instead for …" link). */
  readonly exact: boolean;
}

/** Read the state from a URL's query string (`?q=pompeo&year=2020`); unknown or bad values mean "any". */
export function readSearchState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const year = params.get('year') ?? '';
  const name = (param: string): string | null => {
    const value = params.get(param) ?? '';
    return value.trim() === '' ? null : value;
  };
  return {
    q: (params.get('q') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? Number(year) : year === 'undated' || year === 'dated' ? year : null,
    source: name('source'),
    person: name('person'),
    place: name('place'),
    organization: name('organization'),
    exact: params.get('exact') === '1',
  };
}

/** The query string for a state (`?q=pompeo&year=2020&person=Mike+Pompeo`), omitting empty parts; '' when all are empty. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.source !== null) params.set('source', state.source);
  for (const { filter } of nameFilters) {
    const value = state[filter];
    if (value !== null) params.set(filter, value);
  }
  if (state.exact && state.q) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * A state with each part that `state` leaves empty (no query, a filter at "any") taken from
 * `fallback`; `exact` is `state`'s. The search page opens on its URL's state, keeping what a person
 * typed or chose before its script loaded where the URL says nothing.
 */
export function fillSearchState(state: SearchState, fallback: SearchState): SearchState {
  const names = Object.fromEntries(nameFilters.map(({ filter }) => [filter, state[filter] ?? fallback[filter]])) as Pick<SearchFilters, NameFilter>;
  return { ...state, q: state.q || fallback.q, year: state.year ?? fallback.year, source: state.source ?? fallback.source, ...names };
}
