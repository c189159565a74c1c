import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import type { CollectionArticle } from '../article/schema';
import { formatDate } from './format-date';
import { fields, miniSearchOptions, minFuzzyLength, maxTypoDistance, type SearchDocument } from './options';
import { prefixKey, suffixKey } from './shard-key';
import type { SearchDocRecord, SearchManifest, ShardEntry } from './types';

/** What the index needs of an article (a subset of `CollectionEntry<'articles'>['data']`). */
export type SearchArticle = Pick<CollectionArticle, 'slug' | 'title' | 'date' | 'source' | 'body'>;

/** Longest body text kept in a document file for snippets. */
export const maxDocText = 20_000;

/** The files of the search index: path under `/search-index/` → JSON text. */
export type SearchIndexFiles = ReadonlyMap<string, string>;

/**
 * Build the sharded search index of a set of articles: one MiniSearch index over all of them
 * (so every statistic is global), split into `manifest.json`, `terms/<key>.json`,
 * `ends/<key>.json` and `docs/<n>.json`. Pure: same articles, same files.
 */
export function buildSearchIndex(articles: readonly SearchArticle[]): SearchIndexFiles {
  const sorted = orderArticles(articles);
  const miniSearch = new MiniSearch<SearchDocument>(miniSearchOptions);
  miniSearch.addAll(sorted.map(toSearchDocument));
  const js = miniSearch.toJSON();

  const shards = new Map<string, ShardEntry[]>();
  const ends = new Map<string, string[]>();
  for (const [term, byField] of js.index) {
    const entry: ShardEntry = [term, ...fields.map((_, fieldId) => flatten(byField[fieldId]))];
    push(shards, prefixKey(term), entry);
    // A typo match is at least minFuzzyLength - maxTypoDistance long.
    if (term.length >= minFuzzyLength - maxTypoDistance) push(ends, suffixKey(term), term);
  }

  const years = [...new Set(sorted.flatMap((a) => (a.date ? [Number(a.date.slice(0, 4))] : [])))].sort((a, b) => b - a);
  const sources = [...new Set(sorted.flatMap((a) => (a.source ? [a.source] : [])))].sort();
  const files = new Map<string, string>();
  for (const [key, entries] of shards) files.set(`terms/${key}.json`, JSON.stringify(entries));
  for (const [key, terms] of ends) files.set(`ends/${key}.json`, JSON.stringify(terms));
  sorted.forEach((a, doc) => {
    const record: SearchDocRecord = {
      slug: a.slug,
      title: a.title,
      date: a.date,
      dateText: formatDate(a.date),
      source: a.source,
      text: a.body.join('\n\n').slice(0, maxDocText),
    };
    files.set(`docs/${doc}.json`, JSON.stringify(record));
  });

  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(path).update('\0').update(text).update('\0');
  const manifest: SearchManifest = {
    version: 1,
    build: '',
    documentCount: js.documentCount,
    averageFieldLength: js.averageFieldLength,
    fieldLength: fields.map((_, fieldId) => sorted.map((_, doc) => js.fieldLength[doc]?.[fieldId] ?? 0)),
    years,
    sources,
    docYear: sorted.map((a) => (a.date ? years.indexOf(Number(a.date.slice(0, 4))) : -1)),
    docSource: sorted.map((a) => (a.source ? sources.indexOf(a.source) : -1)),
    terms: [...shards.keys()].sort(),
    ends: [...ends.keys()].sort(),
  };
  hash.update(JSON.stringify(manifest));
  files.set('manifest.json', JSON.stringify({ ...manifest, build: hash.digest('hex').slice(0, 12) }));
  return files;
}

/** Articles in index order (by slug): a document's number is its position here. */
export function orderArticles<T extends Pick<SearchArticle, 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** An article as the index sees it, numbered by its position in `orderArticles`. */
export function toSearchDocument(article: SearchArticle, id: number): SearchDocument {
  return { id, title: article.title, body: article.body.join('\n\n') };
}

/** `{docId: freq}` → `[gap, freq, …]` in ascending doc order. */
function flatten(postings: Record<string, number> | undefined): number[] {
  if (!postings) return [];
  const docs = Object.keys(postings).map(Number).sort((a, b) => a - b);
  const out: number[] = [];
  let previous = 0;
  for (const doc of docs) {
    out.push(doc - previous, postings[doc] ?? 0);
    previous = doc;
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
