import { nameFilters, type SearchFilters } from './search-filters.ts';

/** The status line in three parts, so a page can show the quoted query cut to one line. */
export interface StatusParts {
  /** "3 results for ", or the whole line when there is no query. */
  readonly before: string;
  /** The query in quotes: `“pompeo”`, or ''. */
  readonly query: string;
  /** The filters' scope (" in 2020 from AFP naming Mike Pompeo"), or ''. */
  readonly after: string;
}

/**
 * The live status line of a search: "3 results for “pompeo”", "1 result for “ayoub”",
 * "No results for “xyz”", or an invitation when nothing has been typed.
 */
export function statusText(query: string, count: number, scope = ''): string {
  const { before, query: quoted, after } = statusParts(query, count, scope);
  return `${before}${quoted}${after}`;
}

/** `statusText` in its parts. */
export function statusParts(query: string, count: number, scope = ''): StatusParts {
  if (query.trim() === '') return { before: 'Type a word to search the archive.', query: '', after: '' };
  const quoted = `“${query.trim()}”`;
  if (count === 0) return { before: 'No results for ', query: quoted, after: scope };
  return { before: `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'} for `, query: quoted, after: scope };
}

/**
 * The scope of a filtered search: " in 2020", " among undated articles", " from AFP", " naming
 * Mike Pompeo", " in 2020 from AFP naming Mike Pompeo and Idlib"; '' without filters.
 */
export function scopeText(filters: SearchFilters): string {
  const { year, source } = filters;
  const when = year === null ? '' : year === 'undated' ? ' among undated articles' : year === 'dated' ? ' among articles with a stated date' : ` in ${year}`;
  const names = nameFilters.flatMap(({ filter }) => filters[filter] ?? []);
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}` : names.join('');
  const naming = list === '' ? '' : ` naming ${list}`;
  return `${when}${source === null ? '' : ` from ${source}`}${naming}`;
}
