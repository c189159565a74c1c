import type { Options, SearchOptions } from 'minisearch';
import { firstNotBefore } from '../text/sorted-strings.ts';

/**
 * The one set of search settings. The build (index files) and the browser (queries) both import
 * this module, so a term is cut, normalised and weighed the same way on both sides.
 */

/** A document as the index sees it: a numeric id (the article's position in the index) and its text fields. */
export interface SearchDocument {
  readonly id: number;
  readonly title: string;
  readonly body: string;
  /** Who wrote it and for whom: the byline (or else the authors' names) and the source. */
  readonly credit: string;
}

/** Indexed fields, in the order their postings are written to the shard files. */
export const fields = Object.freeze(['title', 'body', 'credit'] as const);
export type SearchField = (typeof fields)[number];

/** Words too common to tell articles apart; dropping them keeps the shards small. */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i if in into is it its me my ' +
    'no not of on or our she so than that the their them then there these they this those to was we ' +
    'were what when which who will with would you your'
  ).split(' '),
);

/** Spaces, punctuation and symbols (MiniSearch splits on the first two; symbols such as `<` `>` `$` too). */
export const separator = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Split text into words. */
export function tokenize(text: string): string[] {
  return text.split(separator);
}

/**
 * Normalise one word into an index term: lower case, accents folded (`Erdoğan` → `erdogan`),
 * stop words and empty strings dropped (null).
 */
export function processTerm(word: string): string | null {
  let term = processed.get(word);
  if (term !== undefined) return term;
  const folded = /^[\x20-\x7e]*$/.test(word) ? word.toLowerCase() : word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  term = folded === '' || stopWords.has(folded) ? null : folded;
  // A deliberate cache: an archive repeats the same words millions of times.
  if (processed.size >= maxCached) processed.clear();
  processed.set(word, term);
  return term;
}

const processed = new Map<string, string | null>();
const maxCached = 200_000;

/** Longest edit distance a typo may have: one insertion, deletion or substitution. */
export const maxTypoDistance = 1;

/** Shortest query term that is matched with a typo; shorter ones are too ambiguous. */
export const minFuzzyLength = 4;

/**
 * Shortest query term that also matches longer words starting with it (`erd` → `erdogan`).
 * Two letters would fetch every shard of the two-letter group while a person is still typing.
 */
export const minPrefixLength = 3;

/**
 * Query settings without typo matching: prefix matching, title (and byline) boosted, all terms required.
 * `searchSettings` adds the typo rule, which needs to know the archive's words.
 */
export const querySettings: SearchOptions = Object.freeze({
  boost: Object.freeze({ title: 3, credit: 2 }),
  prefix: (term: string) => term.length >= minPrefixLength,
  fuzzy: false,
  maxFuzzy: maxTypoDistance,
  combineWith: 'AND',
});

/**
 * The settings of every query. A query word of four letters or more that no word of the archive
 * is or starts with is matched with one typo (one edit); a word the archive has is matched as
 * typed and as the start of longer words, never with a typo. Like Algolia's `typoTolerance: min`
 * (typo matches only when the exact ones find nothing), but word by word: a search for a name
 * that exists shows that name, not the common words one letter away (`beck`, not `back`, `neck`
 * and `deck`), and the browser needs the shards of near words only for words the archive lacks.
 * `hasPrefixMatch(term)`: whether some index term is `term` or starts with it.
 */
export function searchSettings(hasPrefixMatch: (term: string) => boolean): SearchOptions {
  return {
    ...querySettings,
    fuzzy: (term: string) => (typoMatched(term, hasPrefixMatch) ? maxTypoDistance : false),
  };
}

/** Whether a query term is matched with a typo (see `searchSettings`). */
export function typoMatched(term: string, hasPrefixMatch: (term: string) => boolean): boolean {
  return term.length >= minFuzzyLength && !hasPrefixMatch(term);
}

/** Whether some term of a sorted list is `prefix` or starts with it (a binary search). */
export function someStartsWith(sorted: readonly string[], prefix: string): boolean {
  return sorted[firstNotBefore(sorted, prefix)]?.startsWith(prefix) === true;
}

/** MiniSearch options shared by the build and the browser. */
export const miniSearchOptions: Options<SearchDocument> = Object.freeze({
  fields: [...fields],
  storeFields: [],
  tokenize,
  processTerm,
  searchOptions: querySettings,
});
