/**
 * The Year filter's choice: a four-digit year, `dated` for articles whose text or front matter
 * states a date (no date carried from another version or estimated from the text counts),
 * `undated` for the others, or null for any.
 */
export type YearChoice = number | 'dated' | 'undated' | null;

/** What the search page shows, as kept in its URL: `/search/?q=…&year=…&source=…&exact=1`. */
export interface SearchState {
  /** The query as typed (trimmed), or ''. */
  readonly q: string;
  /** The Year filter (`YearChoice`). */
  readonly year: YearChoice;
  /** A source name, or null for any source. */
  readonly source: string | null;
  /** Match the words exactly as typed, without typo correction (the "Search instead for …" link). */
  readonly exact: boolean;
}

/** Read the state from a URL's query string (`?q=pompeo&year=2020`); unknown or bad values mean "any". */
export function readSearchState(query: string): SearchState {
  const params = new URLSearchParams(query);
  const year = params.get('year') ?? '';
  const source = params.get('source') ?? '';
  return {
    q: (params.get('q') ?? '').trim(),
    year: /^\d{4}$/.test(year) ? Number(year) : year === 'undated' || year === 'dated' ? year : null,
    source: source.trim() === '' ? null : source,
    exact: params.get('exact') === '1',
  };
}

/** The query string for a state (`?q=pompeo&year=2020`), omitting empty parts; '' when all are empty. */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.source !== null) params.set('source', state.source);
  if (state.exact && state.q) params.set('exact', '1');
  const text = params.toString();
  return text ? `?${text}` : '';
}
