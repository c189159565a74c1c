/**
 * The static search files, as the build writes them under `/search-index/` and the browser reads them.
 * Document numbers (`doc`) are positions in the index, 0 … documentCount − 1.
 */

/** `manifest.json`: what every query needs first. Small: a few numbers per document. */
export interface SearchManifest {
  /** Format version; the browser refuses files it does not understand. */
  readonly version: 1;
  /** Changes whenever any index file changes; appended to file URLs so caches never mix builds. */
  readonly build: string;
  readonly documentCount: number;
  /** Mean length in terms of each field (order of `fields`), as MiniSearch computed it. */
  readonly averageFieldLength: readonly number[];
  /** Length in terms of each document's field: `fieldLength[field][doc]`. */
  readonly fieldLength: readonly (readonly number[])[];
  /** Years that have articles, newest first. */
  readonly years: readonly number[];
  /** Sources that have articles, alphabetical. */
  readonly sources: readonly string[];
  /** Each document's year as an index into `years`, or -1 when undated. */
  readonly docYear: readonly number[];
  /** Each document's source as an index into `sources`, or -1 when unknown. */
  readonly docSource: readonly number[];
  /** Keys of the term shards that exist (`terms/<key>.json`). */
  readonly terms: readonly string[];
  /** Keys of the term-ending lists that exist (`ends/<key>.json`). */
  readonly ends: readonly string[];
}

/**
 * Postings of one term in one field, flattened: doc-number gaps and term frequencies,
 * `[gap, freq, gap, freq, …]`, the first gap counted from 0.
 */
export type Postings = readonly number[];

/** One term of a shard: the term, then its postings in each field (empty when absent). */
export type ShardEntry = readonly [term: string, ...postings: Postings[]];

/** `terms/<key>.json`: every term that starts with the key, with its postings. */
export type TermShard = readonly ShardEntry[];

/** `ends/<key>.json`: every term of three or more characters that ends with the key. */
export type EndsList = readonly string[];

/** `docs/<doc>.json`: what a result shows, fetched only for displayed results. */
export interface SearchDocRecord {
  readonly slug: string;
  readonly title: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
  readonly date: string | null;
  /** The date as a person reads it ("19 March 2020"), or "Undated". */
  readonly dateText: string;
  readonly source: string | null;
  /** The body text (paragraphs joined by blank lines), cut at `maxDocText` characters, for snippets. */
  readonly text: string;
}
