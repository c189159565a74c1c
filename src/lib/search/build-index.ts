import { createHash } from 'node:crypto';
import type { CollectionArticle } from '../article/schema.ts';
import { entityKinds } from '../entities/entity-kinds.ts';
import { keptOrder } from './document-order.ts';
import { nameFacets, searchFacets } from './facets.ts';
import { formatDate } from '../format/format-date.ts';
import { countDocument, documentInverter, type DocumentCounts, type InvertedDocuments } from './minisearch-internals.ts';
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
  return new Map(searchIndexFiles(articles, options));
}

/**
 * The files of `buildSearchIndex`, one at a time and in its order, the manifest last (it names
 * the build by a digest of all the others): a caller that writes each file as it comes never
 * holds the whole index, most of a gigabyte of text at 100,000 articles.
 */
export function searchIndexFiles(articles: readonly SearchArticle[], options: Partial<BuildOptions> = {}): Generator<[path: string, text: string]> {
  return orderedIndexFiles(orderArticles(articles, options.order ?? []), options);
}

/**
 * The files of `searchIndexFiles` from articles already in index order (`orderArticles`), taken
 * one at a time: each article's document file comes as its document is counted, and only what
 * the filters need of it is kept after, not its text. Given articles read as they are asked
 * for, no more than one article's text is held at a time.
 */
export function* orderedIndexFiles(ordered: Iterable<SearchArticle>, options: Partial<BuildOptions> = {}): Generator<[path: string, text: string]> {
  const { shardBytes, maxDocText, count } = { ...defaultBuildOptions, ...options };
  const inverter = documentInverter(count);
  const kept: SearchArticle[] = [];
  const hash = createHash('sha256');
  /** A file as it is given out, added to the digest that names the build. */
  const digested = (file: [path: string, text: string]): [path: string, text: string] => {
    hash.update(file[0]).update('\0').update(file[1]).update('\0');
    return file;
  };
  for (const article of ordered) {
    const id = kept.length;
    inverter.add(toSearchDocument(article, id));
    yield digested(docFile(id, article, maxDocText));
    kept.push({ ...article, body: [] });
  }
  const { postings, fieldLength, averageFieldLength } = inverter.done();
  const lists: WordLists = { words: [], ends: [], splits: {}, shardOf: new Map() };
  // Lazily, in turn: the ends lists read the shards the word lists placed each term in.
  for (const part of [termFiles(postings, shardBytes, lists), endsFiles(postings, lists), facetFiles(kept)]) {
    for (const file of part) yield digested(file);
  }
  const manifest: Omit<SearchManifest, 'build'> = {
    version: 4,
    documentCount: kept.length,
    averageFieldLength,
    fieldLength,
    words: [...lists.words].sort(),
    ends: [...lists.ends].sort(),
    splits: lists.splits,
  };
  hash.update(JSON.stringify(manifest));
  yield ['manifest.json', JSON.stringify({ ...manifest, build: hash.digest('hex').slice(0, 12) })];
}

/** What the word and ends lists tell the manifest: their keys, the groups split over shards, and each term's shard. */
interface WordLists {
  readonly words: string[];
  readonly ends: string[];
  readonly splits: Record<string, string[]>;
  readonly shardOf: Map<string, number>;
}

/**
 * Each word group's posting shards, `terms/<key>.<i>.json` of about `shardBytes` each, then its
 * word list, `words/<key>.json`; groups by the prefix key of their terms, in sorted order.
 */
function* termFiles(postings: InvertedDocuments['postings'], shardBytes: number, lists: WordLists): Generator<[string, string]> {
  const groups = new Map<string, string[]>();
  for (const term of [...postings.keys()].sort()) push(groups, prefixKey(term), term);
  for (const [key, terms] of groups) {
    const starts: number[] = [];
    let shard: string[] = [];
    let bytes = 0;
    for (const [i, term] of terms.entries()) {
      // Each entry is stringified once: the shard is these texts joined, as JSON.stringify(shard) would be.
      const entry: ShardEntry = [term, ...(postings.get(term) ?? [])];
      const text = JSON.stringify(entry);
      if (shard.length > 0 && bytes + text.length > shardBytes) {
        yield [`terms/${key}.${starts.length - 1}.json`, `[${shard.join(',')}]`];
        shard = [];
        bytes = 0;
      }
      if (shard.length === 0) starts.push(i);
      shard.push(text);
      bytes += text.length;
      lists.shardOf.set(term, starts.length - 1);
    }
    if (shard.length > 0) yield [`terms/${key}.${starts.length - 1}.json`, `[${shard.join(',')}]`];
    if (starts.length > 1) lists.splits[key] = starts.slice(1).map((start) => terms[start] ?? '');
    const list: WordList = { terms, shards: starts };
    lists.words.push(key);
    yield [`words/${key}.json`, JSON.stringify(list)];
  }
}

/** The ends lists, `ends/<key>.json`: the terms long enough for a typo match, by their last two characters, each with its shard. */
function* endsFiles(postings: InvertedDocuments['postings'], lists: WordLists): Generator<[string, string]> {
  const ends = new Map<string, string[]>();
  for (const term of postings.keys()) {
    // A typo match is at least minFuzzyLength - maxTypoDistance long.
    if (term.length >= minFuzzyLength - maxTypoDistance) push(ends, suffixKey(term), term);
  }
  for (const [key, terms] of ends) {
    terms.sort();
    const list: EndsList = { terms, shards: terms.map((term) => lists.shardOf.get(term) ?? 0) };
    lists.ends.push(key);
    yield [`ends/${key}.json`, JSON.stringify(list)];
  }
}

/** A document's file, `docs/<n>.json`: what a result shows, and the text its snippet is cut from. */
function docFile(doc: number, a: SearchArticle, maxDocText: number): [string, string] {
  const record: SearchDocRecord = {
    slug: a.slug,
    title: a.title,
    date: a.date,
    dateText: formatDate(a.date),
    source: a.source,
    byline: a.byline ?? (a.authors.length > 0 ? a.authors.join(', ') : null),
    text: a.body.join('\n\n').slice(0, maxDocText),
  };
  return [`docs/${doc}.json`, JSON.stringify(record)];
}

/**
 * The filters' files of articles in index order: `facets.json` (each document's year and source,
 * as indices into the lists of years and sources) and `facets/<kind>.json` for each kind of name
 * (the names that have a page, each with its documents as gaps: small numbers for the names many
 * documents give, and nothing for the many documents that give none).
 */
function facetFiles(sorted: readonly SearchArticle[]): [path: string, text: string][] {
  const { years, sources } = searchFacets(sorted);
  const facets: SearchFacets = {
    years,
    sources,
    docYear: sorted.map((a) => (a.date ? years.indexOf(Number(a.date.slice(0, 4))) : -1)),
    docSource: sorted.map((a) => (a.source ? sources.indexOf(a.source) : -1)),
  };
  const names = nameFacets(sorted);
  return [
    ['facets.json', JSON.stringify(facets)],
    ...entityKinds.map((kind): [string, string] => {
      const file: NameFacets = { names: names[kind].map((choice) => choice.name), docs: names[kind].map((choice) => gaps(choice.articles)) };
      return [`facets/${kind}.json`, JSON.stringify(file)];
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
