/**
 * The static search files, as the build writes them under `/search-index/` and the browser reads them.
 * Document numbers (`doc`) are positions in the index, 0 … documentCount − 1.
 */

/** `manifest.json`: what every query needs first. A few numbers per document. */
export interface SearchManifest {
  /** Format version; the browser refuses files it does not understand. */
  readonly version: 4;
  /** Changes whenever any index file changes; appended to file URLs so caches never mix builds. */
  readonly build: string;
  readonly documentCount: number;
  /** Mean length of each field (order of `fields`), as MiniSearch computes it. */
  readonly averageFieldLength: readonly number[];
  /** Length of each document's field, as MiniSearch counts it: `fieldLength[field][doc]`. */
  readonly fieldLength: readonly (readonly number[])[];
  /** Keys of the word lists that exist (`words/<key>.json`). */
  readonly words: readonly string[];
  /** Keys of the word-ending lists that exist (`ends/<key>.json`). */
  readonly ends: readonly string[];
  /**
   * For word groups split into several shards, the first term of each shard after the first:
   * enough to fetch the shard of an exact or prefix term before its word list arrives.
   */
  readonly splits: Readonly<Record<string, readonly string[]>>;
}

/** `facets.json`: what the Year and Source filters need; fetched only once a filter is set or opened. */
export interface SearchFacets {
  /** Years that have articles, newest first. */
  readonly years: readonly number[];
  /** Sources that have articles, alphabetical. */
  readonly sources: readonly string[];
  /** Each document's year as an index into `years`, or -1 when undated. */
  readonly docYear: readonly number[];
  /** Each document's source as an index into `sources`, or -1 when unknown. */
  readonly docSource: readonly number[];
}

/**
 * `facets/<kind>.json` (`people`, `places`, `organizations`): what the Person, Place or
 * Organization filter needs; fetched only once that filter is set or opened. Only names that
 * have a page (`entityPages`) are listed, so a document names more than it lists here.
 */
export interface NameFacets {
  /** The names, most articles first, then A–Z: the filter's options, each as its page gives it. */
  readonly names: readonly string[];
  /**
   * For each name (same order), the documents naming it: ascending document numbers as gaps,
   * the first counted from 0 (`[3, 1, 10]` is documents 3, 4 and 14).
   */
  readonly docs: readonly (readonly number[])[];
}

/**
 * `words/<key>.json`: every index term starting with the key (see `prefixKey`), sorted, and
 * where each of the group's posting shards starts: shard `i` holds `terms[shards[i]]` up to the
 * next start, in `terms/<key>.<i>.json`.
 */
export interface WordList {
  readonly terms: readonly string[];
  readonly shards: readonly number[];
}

/**
 * `ends/<key>.json`: every term of three or more characters ending with the key (see
 * `suffixKey`), with the number of the shard of its own word group that holds it.
 */
export interface EndsList {
  readonly terms: readonly string[];
  readonly shards: readonly number[];
}

/**
 * Postings of one term in one field, flattened: doc-number gaps and term frequencies,
 * `[gap, freq, gap, freq, …]`, the first gap counted from 0.
 */
export type Postings = readonly number[];

/** One term of a shard: the term, then its postings in each field (empty when absent). */
export type ShardEntry = readonly [term: string, ...postings: Postings[]];

/** `terms/<key>.<i>.json`: consecutive terms of one word group, with their postings. */
export type TermShard = readonly ShardEntry[];

/** `docs/<doc>.json`: what a result shows, fetched only for displayed results. */
export interface SearchDocRecord {
  readonly slug: string;
  readonly title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  /** The date as a person reads it ("19 March 2020"), or "Undated". */
  readonly dateText: string;
  readonly source: string | null;
  /** The byline as printed, else the authors' names joined by commas, or null. */
  readonly byline: string | null;
  /** The body text (paragraphs joined by blank lines), cut at `maxDocText` characters, for snippets. */
  readonly text: string;
}
