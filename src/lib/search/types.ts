import * as v from 'valibot';

/**
 * The static search files, as the build writes them under `/search-index/` and the browser reads
 * them: each a schema (the browser checks every file it fetches against it, `parseIndexFile`) and
 * its type. Document numbers (`doc`) are positions in the index, 0 … documentCount − 1.
 */

/** An array of numbers, checked in one loop: the index's long lists (field lengths, postings). */
const numbers = v.custom<number[]>((input) => Array.isArray(input) && input.every((n) => typeof n === 'number'), 'expected an array of numbers');

const strings = v.array(v.string());

/** `manifest.json`: what every query needs first. A few numbers per document. */
export const searchManifestSchema = v.object({
  /** Format version; the browser refuses files it does not understand. */
  version: v.literal(4),
  /** Changes whenever any index file changes; appended to file URLs so caches never mix builds. */
  build: v.string(),
  documentCount: v.number(),
  /** Mean length of each field (order of `fields`), as MiniSearch computes it. */
  averageFieldLength: numbers,
  /** Length of each document's field, as MiniSearch counts it: `fieldLength[field][doc]`. */
  fieldLength: v.array(numbers),
  /** Keys of the word lists that exist (`words/<key>.json`). */
  words: strings,
  /** Keys of the word-ending lists that exist (`ends/<key>.json`). */
  ends: strings,
  /**
   * For word groups split into several shards, the first term of each shard after the first:
   * enough to fetch the shard of an exact or prefix term before its word list arrives.
   */
  splits: v.record(v.string(), strings),
});
export type SearchManifest = v.InferOutput<typeof searchManifestSchema>;

/** `facets.json`: what the Year and Source filters need; fetched only once a filter is set or opened. */
export const searchFacetsSchema = v.object({
  /** Years that have articles, newest first. */
  years: numbers,
  /** Sources that have articles, alphabetical. */
  sources: strings,
  /** Each document's year as an index into `years`, or -1 when undated. */
  docYear: numbers,
  /** Each document's source as an index into `sources`, or -1 when unknown. */
  docSource: numbers,
});
export type SearchFacets = v.InferOutput<typeof searchFacetsSchema>;

/**
 * `facets/<kind>.json` (`people`, `places`, `organizations`): what the Person, Place or
 * Organization filter needs; fetched only once that filter is set or opened. Only names that
 * have a page (`entityPages`) are listed, so a document names more than it lists here.
 */
export const nameFacetsSchema = v.object({
  /** The names, most articles first, then A–Z: the filter's options, each as its page gives it. */
  names: strings,
  /**
   * For each name (same order), the documents naming it: ascending document numbers as gaps,
   * the first counted from 0 (`[3, 1, 10]` is documents 3, 4 and 14).
   */
  docs: v.array(numbers),
});
export type NameFacets = v.InferOutput<typeof nameFacetsSchema>;

/**
 * `words/<key>.json`: every index term starting with the key (see `prefixKey`), sorted, and
 * where each of the group's posting shards starts: shard `i` holds `terms[shards[i]]` up to the
 * next start, in `terms/<key>.<i>.json`.
 */
export const wordListSchema = v.object({ terms: strings, shards: numbers });
export type WordList = v.InferOutput<typeof wordListSchema>;

/**
 * `ends/<key>.json`: every term of three or more characters ending with the key (see
 * `suffixKey`), with the number of the shard of its own word group that holds it.
 */
export const endsListSchema = v.object({ terms: strings, shards: numbers });
export type EndsList = v.InferOutput<typeof endsListSchema>;

/**
 * Postings of one term in one field, flattened: doc-number gaps and term frequencies,
 * `[gap, freq, gap, freq, …]`, the first gap counted from 0.
 */
export type Postings = readonly number[];

/** One term of a shard: the term, then its postings in each field (empty when absent). */
export const shardEntrySchema = v.tupleWithRest([v.string()], numbers);
export type ShardEntry = v.InferOutput<typeof shardEntrySchema>;

/** `terms/<key>.<i>.json`: consecutive terms of one word group, with their postings. */
export const termShardSchema = v.array(shardEntrySchema);
export type TermShard = v.InferOutput<typeof termShardSchema>;

/** `docs/<doc>.json`: what a result shows, fetched only for displayed results. */
export const searchDocRecordSchema = v.object({
  slug: v.string(),
  title: v.string(),
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
  date: v.nullable(v.string()),
  /** The date as a person reads it ("19 March 2020"), or "Undated". */
  dateText: v.string(),
  source: v.nullable(v.string()),
  /** The byline as printed, else the authors' names joined by commas, or null. */
  byline: v.nullable(v.string()),
  /** The body text (paragraphs joined by blank lines), cut at `maxDocText` characters, for snippets. */
  text: v.string(),
});
export type SearchDocRecord = v.InferOutput<typeof searchDocRecordSchema>;
