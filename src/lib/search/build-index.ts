import { createHash } from 'node:crypto';
import { madeFile, type IndexFile } from './index-file.ts';
import { shardPacker } from './shard-packer.ts';
import type { CollectionArticle } from '../article/schema.ts';
import { entityKinds } from '../entities/entity-kinds.ts';
import { keptOrder } from './document-order.ts';
import { nameFacets, searchFacets } from './facets.ts';
import { formatDate } from '../format/format-date.ts';
import { countDocument, documentInverter, type DocumentCounts } from './minisearch-internals.ts';
import { maxTypoDistance, minFuzzyLength, type SearchDocument } from './options.ts';
import { prefixKey, suffixKey } from './shard-key.ts';
import type { EndsList, NameFacets, SearchDocRecord, SearchFacets, SearchManifest, ShardEntry, WordList } from './types.ts';

/** What the index needs of an article (a subset of `CollectionEntry<'articles'>['data']`). */
export type SearchArticle = Pick<CollectionArticle, 'slug' | 'title' | 'date' | 'source' | 'byline' | 'authors' | 'body' | 'entities'>;

/** The files of the search index: path under `/search-index/` → JSON text. */
export type SearchIndexFiles = ReadonlyMap<string, string>;

export interface BuildOptions {
  /** A word group's postings are split into shards of about this many bytes of JSON (one term may exceed it). */
  readonly shardBytes: number;
  /** Longest body text kept in a document file for snippets. */
  readonly maxDocText: number;
  /** A document's counts (`countDocument`, or counts kept from an earlier build of the same text). */
  readonly count: (doc: SearchDocument) => DocumentCounts;
  /** The last build's documents, by slug in number order, whose numbers are kept (see `keptOrder`); none gives slug order. */
  readonly order: readonly string[];
}

export const defaultBuildOptions: BuildOptions = Object.freeze({ shardBytes: 16_000, maxDocText: 20_000, count: countDocument, order: [] });

/**
 * Build the sharded search index of a set of articles. The postings and statistics are exactly
 * those MiniSearch computes with the shared options (`invertDocuments`; the ranking test compares
 * them with a real MiniSearch index); they are split into `manifest.json`, `facets.json`, `facets/<kind>.json`,
 * `words/<key>.json`, `ends/<key>.json`, `terms/<key>.<i>.json` and `docs/<n>.json`. Pure: same
 * articles and last order, same files.
 */
export function buildSearchIndex(articles: readonly SearchArticle[], options: Partial<BuildOptions> = {}): SearchIndexFiles {
  return new Map(Array.from(searchIndexFiles(articles, options), ({ path, text }) => [path, text ?? '']));
}

/**
 * The files of `buildSearchIndex`, one at a time and in its order, the manifest last (it names
 * the build by a digest of all the others): a caller that writes each file as it comes never
 * holds the whole index, most of a gigabyte of text at 100,000 articles.
 */
export function searchIndexFiles(articles: readonly SearchArticle[], options: Partial<BuildOptions> = {}): Generator<IndexFile> {
  return orderedIndexFiles(orderArticles(articles, options.order ?? []), options);
}

/**
 * The files of `searchIndexFiles` from articles already in index order (`orderArticles`), taken
 * one at a time: each article's document file comes as its document is counted, and only what
 * the filters need of it is kept after, not its text. Given articles read as they are asked
 * for, no more than one article's text is held at a time.
 */
export function* orderedIndexFiles(ordered: Iterable<SearchArticle>, options: Partial<BuildOptions> = {}): Generator<IndexFile> {
  const { shardBytes, maxDocText, count } = { ...defaultBuildOptions, ...options };
  const inverter = documentInverter(count);
  const kept: FacetFields[] = [];
  const build = buildDigest();
  for (const article of ordered) {
    const id = kept.length;
    inverter.add(toSearchDocument(article, id));
    yield build.add(docFile(id, article, maxDocText));
    kept.push({ date: article.date, source: article.source, entities: article.entities });
  }
  const { postings, fieldLength, averageFieldLength } = inverter.done();
  const lists: WordLists = { words: [], ends: [], splits: {}, shardOf: new Map() };
  const groups = new Map<string, string[]>();
  for (const term of [...postings.keys()].sort()) push(groups, prefixKey(term), term);
  for (const key of [...groups.keys()].sort()) {
    const entry = (term: string): string => JSON.stringify([term, ...(postings.get(term) ?? [])] satisfies ShardEntry);
    for (const file of groupFiles(key, groups.get(key) ?? [], entry, shardBytes, lists)) yield build.add(file);
  }
  for (const file of endsFiles(lists)) yield build.add(file);
  for (const file of facetFiles(kept)) yield build.add(file);
  yield build.manifest({ documentCount: kept.length, averageFieldLength, fieldLength }, lists);
}

/**
 * The digest that names a build (the manifest's `build`): of every file's path and digest, in
 * the order they come, then of the manifest itself.
 */
export function buildDigest(): { add(file: IndexFile): IndexFile; manifest(statistics: Pick<SearchManifest, 'documentCount' | 'averageFieldLength' | 'fieldLength'>, lists: WordLists): IndexFile } {
  const hash = createHash('sha256');
  return {
    add(file) {
      hash.update(file.path).update('\0').update(file.digest).update('\0');
      return file;
    },
    manifest(statistics, lists) {
      const manifest: Omit<SearchManifest, 'build'> = {
        version: 4,
        ...statistics,
        words: [...lists.words].sort(),
        ends: [...lists.ends].sort(),
        splits: lists.splits,
      };
      hash.update(JSON.stringify(manifest));
      return madeFile('manifest.json', JSON.stringify({ ...manifest, build: hash.digest('hex').slice(0, 12) }));
    },
  };
}

/** What the word and ends lists tell the manifest: their keys, the groups split over shards, and each term's shard. */
export interface WordLists {
  readonly words: string[];
  readonly ends: string[];
  readonly splits: Record<string, string[]>;
  readonly shardOf: Map<string, number>;
}

/**
 * One word group's posting shards, `terms/<key>.<i>.json` of about `shardBytes` each, then its
 * word list, `words/<key>.json`, from its terms (sorted) and each term's entry as JSON (a
 * `ShardEntry` stringified: a shard is these texts joined, as `JSON.stringify` of the entries).
 */
export function* groupFiles(key: string, terms: readonly string[], entry: (term: string) => string, shardBytes: number, lists: WordLists): Generator<IndexFile> {
  const pack = shardPacker(key, shardBytes);
  for (const term of terms) yield* pack.put(term, entry(term));
  yield* pack.flush();
  const list = pack.list();
  keptGroup(key, list, lists);
  yield madeFile(`words/${key}.json`, JSON.stringify(list));
}

/** Note in `lists` a word group as its word list gives it: its key, its split, each term's shard. */
export function keptGroup(key: string, list: WordList, lists: WordLists): void {
  if (list.shards.length > 1) lists.splits[key] = list.shards.slice(1).map((start) => list.terms[start] ?? '');
  lists.words.push(key);
  list.shards.forEach((start, shard) => {
    const end = list.shards[shard + 1] ?? list.terms.length;
    for (let i = start; i < end; i++) lists.shardOf.set(list.terms[i] ?? '', shard);
  });
}

/** The ends lists, `ends/<key>.json` in key order: the terms long enough for a typo match, by their last two characters, each with its shard. */
export function* endsFiles(lists: WordLists): Generator<IndexFile> {
  const ends = new Map<string, string[]>();
  for (const term of lists.shardOf.keys()) {
    // A typo match is at least minFuzzyLength - maxTypoDistance long.
    if (term.length >= minFuzzyLength - maxTypoDistance) push(ends, suffixKey(term), term);
  }
  for (const key of [...ends.keys()].sort()) {
    const terms = (ends.get(key) ?? []).sort();
    const list: EndsList = { terms, shards: terms.map((term) => lists.shardOf.get(term) ?? 0) };
    lists.ends.push(key);
    yield madeFile(`ends/${key}.json`, JSON.stringify(list));
  }
}

/** A document's file, `docs/<n>.json`: what a result shows, and the text its snippet is cut from. */
export function docFile(doc: number, a: SearchArticle, maxDocText: number): IndexFile {
  const record: SearchDocRecord = {
    slug: a.slug,
    title: a.title,
    date: a.date,
    dateText: formatDate(a.date),
    source: a.source,
    byline: a.byline ?? (a.authors.length > 0 ? a.authors.join(', ') : null),
    text: a.body.join('\n\n').slice(0, maxDocText),
  };
  return madeFile(`docs/${doc}.json`, JSON.stringify(record));
}

/** What the filters need of an article. */
export type FacetFields = Pick<SearchArticle, 'date' | 'source' | 'entities'>;

/**
 * The filters' files of articles in index order: `facets.json` (each document's year and source,
 * as indices into the lists of years and sources) and `facets/<kind>.json` for each kind of name
 * (the names that have a page, each with its documents as gaps: small numbers for the names many
 * documents give, and nothing for the many documents that give none).
 */
export function facetFiles(sorted: readonly FacetFields[]): IndexFile[] {
  const { years, sources } = searchFacets(sorted);
  const facets: SearchFacets = {
    years,
    sources,
    docYear: sorted.map((a) => (a.date ? years.indexOf(Number(a.date.slice(0, 4))) : -1)),
    docSource: sorted.map((a) => (a.source ? sources.indexOf(a.source) : -1)),
  };
  const names = nameFacets(sorted);
  return [
    madeFile('facets.json', JSON.stringify(facets)),
    ...entityKinds.map((kind): IndexFile => {
      const file: NameFacets = { names: names[kind].map((choice) => choice.name), docs: names[kind].map((choice) => gaps(choice.articles)) };
      return madeFile(`facets/${kind}.json`, JSON.stringify(file));
    }),
  ];
}

/** Ascending numbers as gaps, the first counted from 0. */
function gaps(numbers: readonly number[]): number[] {
  return numbers.map((n, i) => n - (i === 0 ? 0 : (numbers[i - 1] ?? 0)));
}

/**
 * Articles in index order: a document's number is its position here. By slug, or the last build's
 * numbers kept (`keptOrder` of the last order).
 */
export function orderArticles<T extends Pick<SearchArticle, 'slug'>>(articles: readonly T[], previous: readonly string[] = []): T[] {
  const bySlug = new Map<string, T>();
  for (const a of articles) {
    if (bySlug.has(a.slug)) throw new Error(`search index: two articles have the slug ${a.slug}; each collection file must have its own.`);
    bySlug.set(a.slug, a);
  }
  return keptOrder(previous, [...bySlug.keys()]).map((slug) => bySlug.get(slug) as T);
}

/** An article as the index sees it, numbered by its position in `orderArticles`. */
export function toSearchDocument(article: SearchArticle, id: number): SearchDocument {
  return { id, title: article.title, body: article.body.join('\n\n'), credit: creditOf(article) };
}

/**
 * The text of the `credit` field: the byline as printed, else the authors' names (front matter
 * may give names without a byline), then the source unless the byline already names it.
 */
export function creditOf(article: Pick<SearchArticle, 'byline' | 'authors' | 'source'>): string {
  const byline = article.byline ?? article.authors.join(', ');
  const source = article.source !== null && !byline.includes(article.source) ? article.source : '';
  return [byline, source].filter((part) => part !== '').join(' · ');
}

export function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
