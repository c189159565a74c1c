import MiniSearch, { type AsPlainObject } from 'minisearch';
import { fields, miniSearchOptions, minFuzzyLength, maxTypoDistance, tokenize, processTerm, type SearchDocument } from './options';
import { prefixKey, suffixKey } from './shard-key';
import type { EndsList, SearchDocRecord, SearchManifest, TermShard } from './types';

/** Reads one index file (path under `/search-index/`) and returns its parsed JSON. */
export type LoadFile = (path: string) => Promise<unknown>;

/** Narrow results to a year and/or a source (by name); null means any. */
export interface SearchFilters {
  readonly year: number | null;
  readonly source: string | null;
}

/** One ranked hit: the document number, its score and the index terms it matched. */
export interface SearchHit {
  readonly doc: number;
  readonly score: number;
  readonly terms: readonly string[];
}

const noFilters: SearchFilters = Object.freeze({ year: null, source: null });

/**
 * Search over the sharded index. Loads the manifest once, then for each query only the term
 * shards that can hold a matching term (exact, prefix or one-typo), and asks MiniSearch —
 * loaded with the global statistics and the union of the shards fetched so far — to match
 * and rank. The ranking is the unsplit index's: every term that could match is present, and
 * the statistics are the whole archive's.
 */
export class ShardedSearch {
  readonly #load: LoadFile;
  readonly #manifest: Promise<SearchManifest>;
  readonly #shards = new Map<string, Promise<TermShard>>();
  readonly #ends = new Map<string, Promise<EndsList>>();
  readonly #docs = new Map<number, Promise<SearchDocRecord>>();
  #engine: MiniSearch<SearchDocument> | null = null;
  #engineKeys = new Set<string>();

  constructor(load: LoadFile) {
    this.#load = load;
    this.#manifest = load('manifest.json').then(checkManifest);
  }

  /** The manifest (years and sources for the filters, document count). */
  manifest(): Promise<SearchManifest> {
    return this.#manifest;
  }

  /** All hits for a query, best first (ties by document number), narrowed by the filters. */
  async search(query: string, filters: SearchFilters = noFilters): Promise<SearchHit[]> {
    const manifest = await this.#manifest;
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const keys = await this.#shardKeysFor(terms, manifest);
    const engine = await this.#engineWith(keys, manifest);
    const yearIndex = filters.year === null ? null : manifest.years.indexOf(filters.year);
    const sourceIndex = filters.source === null ? null : manifest.sources.indexOf(filters.source);
    const results = engine.search(query, {
      filter: (r) =>
        (yearIndex === null || manifest.docYear[r.id as number] === yearIndex) &&
        (sourceIndex === null || manifest.docSource[r.id as number] === sourceIndex),
    });
    return rank(results.map((r) => ({ doc: r.id as number, score: r.score, terms: r.terms })));
  }

  /** What a result shows, fetched once per document. */
  doc(doc: number): Promise<SearchDocRecord> {
    let record = this.#docs.get(doc);
    if (!record) {
      record = this.#load(`docs/${doc}.json`) as Promise<SearchDocRecord>;
      this.#docs.set(doc, record);
    }
    return record;
  }

  /** Keys of the shards holding every term a query term may match, loaded. */
  async #shardKeysFor(terms: readonly string[], manifest: SearchManifest): Promise<Set<string>> {
    const available = new Set(manifest.terms);
    const endsAvailable = new Set(manifest.ends);
    const keys = new Set<string>();
    await Promise.all(
      terms.map(async (term) => {
        keys.add(prefixKey(term));
        if (term.length < minFuzzyLength) return;
        // A one-edit variant either keeps the first two characters (same shard) or keeps the
        // last two (it is in this term's ends list): look there for variants that start differently.
        const endKey = suffixKey(term);
        if (!endsAvailable.has(endKey)) return;
        for (const candidate of await cached(this.#ends, endKey, () => this.#load(`ends/${endKey}.json`) as Promise<EndsList>)) {
          const key = prefixKey(candidate);
          if (!keys.has(key) && withinDistance(term, candidate, maxTypoDistance)) keys.add(key);
        }
      }),
    );
    const present = [...keys].filter((key) => available.has(key));
    await Promise.all(present.map((key) => cached(this.#shards, key, () => this.#load(`terms/${key}.json`) as Promise<TermShard>)));
    return new Set(present);
  }

  /** A MiniSearch holding (at least) the given shards; rebuilt only when a new shard is needed. */
  async #engineWith(keys: ReadonlySet<string>, manifest: SearchManifest): Promise<MiniSearch<SearchDocument>> {
    if (this.#engine && [...keys].every((key) => this.#engineKeys.has(key))) return this.#engine;
    const all = [...new Set([...this.#engineKeys, ...keys])];
    const shards = await Promise.all(all.map((key) => this.#shards.get(key) as Promise<TermShard>));
    this.#engine = MiniSearch.loadJS(toPlainObject(manifest, shards), miniSearchOptions);
    this.#engineKeys = new Set(all);
    return this.#engine;
  }
}

/** The index terms of a query, as MiniSearch derives them. */
export function queryTerms(query: string): string[] {
  return tokenize(query).flatMap((word) => {
    const term = processTerm(word);
    return term === null ? [] : [term];
  });
}

/**
 * Best first; equal scores (to rounding: the sum order of term scores may differ) by document
 * number, so the order never depends on which shards happen to be loaded.
 */
export function rank<T extends { readonly doc: number; readonly score: number }>(hits: T[]): T[] {
  return hits.sort((a, b) => {
    const scale = Math.max(Math.abs(a.score), Math.abs(b.score), 1);
    return Math.abs(a.score - b.score) > 1e-9 * scale ? b.score - a.score : a.doc - b.doc;
  });
}

/** The manifest and shards in the shape `MiniSearch.loadJS` reads (serialization version 2). */
function toPlainObject(manifest: SearchManifest, shards: readonly TermShard[]): AsPlainObject {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let doc = 0; doc < manifest.documentCount; doc++) {
    documentIds[doc] = doc;
    fieldLength[doc] = fields.map((_, f) => manifest.fieldLength[f]?.[doc] ?? 0);
  }
  const index: [string, Record<string, Record<string, number>>][] = [];
  for (const shard of shards) {
    for (const [term, ...byField] of shard) {
      const data: Record<string, Record<string, number>> = {};
      byField.forEach((postings, fieldId) => {
        if (postings.length === 0) return;
        const freqs: Record<string, number> = {};
        let doc = 0;
        for (let i = 0; i + 1 < postings.length; i += 2) {
          doc += postings[i] ?? 0;
          freqs[doc] = postings[i + 1] ?? 0;
        }
        data[fieldId] = freqs;
      });
      index.push([term, data]);
    }
  }
  return {
    documentCount: manifest.documentCount,
    nextId: manifest.documentCount,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, id) => [field, id])),
    fieldLength,
    averageFieldLength: [...manifest.averageFieldLength],
    storedFields: {},
    dirtCount: 0,
    index,
    serializationVersion: 2,
  };
}

function checkManifest(value: unknown): SearchManifest {
  const manifest = value as Partial<SearchManifest> | null;
  if (manifest?.version !== 1) {
    throw new Error(
      `Search: /search-index/manifest.json has version ${String(manifest?.version)}, expected 1; rebuild the site (npm run build).`,
    );
  }
  return manifest as SearchManifest;
}

function cached<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = map.get(key);
  if (!value) {
    value = load();
    map.set(key, value);
    // A failed fetch is retried on the next query rather than cached.
    value.catch(() => map.delete(key));
  }
  return value;
}

/** Whether the Levenshtein distance of a and b is at most max. */
export function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return false;
    previous = row;
  }
  return (previous[b.length] ?? Infinity) <= max;
}
