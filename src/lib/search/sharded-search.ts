import MiniSearch, { type AsPlainObject } from 'minisearch';
import { fields, maxTypoDistance, minFuzzyLength, minPrefixLength, miniSearchOptions, processTerm, tokenize, type SearchDocument } from './options';
import { prefixKey, suffixKey } from './shard-key';
import type { EndsList, SearchDocRecord, SearchFacets, SearchManifest, TermShard, WordList } from './types';

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
 * Search over the sharded index. Loads the manifest once; for each query term, the word list of
 * its two-letter group (and, for typo matching, the list of words ending like it), picks the
 * terms MiniSearch could match (exact, prefix, one edit), fetches only the posting shards that
 * hold them, and asks MiniSearch — loaded with the global statistics and the shards fetched so
 * far — to match and rank. The ranking is the unsplit index's: every term that could match is
 * present, and the statistics are the whole archive's.
 */
export class ShardedSearch {
  readonly #load: LoadFile;
  readonly #manifest: Promise<SearchManifest>;
  readonly #files = new Map<string, Promise<unknown>>();
  #engine: MiniSearch<SearchDocument> | undefined;
  readonly #engineShards = new Set<string>();
  /** The last ranking, kept while the engine gains no shard: the same query ranks the same. */
  #lastRanking: { readonly key: string; readonly shards: number; readonly hits: SearchHit[] } | undefined;
  readonly #candidates = new Map<string, Promise<readonly string[]>>();
  /** The settled values of `#candidates`. */
  readonly #known = new Map<string, readonly string[]>();
  #words: ReadonlySet<string> | undefined;
  #ends: ReadonlySet<string> | undefined;

  constructor(load: LoadFile) {
    this.#load = load;
    this.#manifest = load('manifest.json').then(checkManifest);
  }

  /** The manifest (document count, which word lists exist). */
  manifest(): Promise<SearchManifest> {
    return this.#manifest;
  }

  /**
   * Start fetching what every query that starts like this one needs: the word list of each
   * term's first two characters. For keys typed too fast to search each prefix.
   */
  prefetch(query: string): void {
    this.#manifest
      .then((manifest) => {
        const words = this.#wordKeys(manifest);
        for (const term of queryTerms(query)) {
          const key = prefixKey(term);
          if (term.length < 2 || !words.has(key)) continue;
          // A group kept in one shard has no word list: the shard lists its terms.
          const path = manifest.splits[key] ? `words/${key}.json` : `terms/${key}.0.json`;
          this.#file(path).catch(() => undefined);
        }
      })
      .catch(() => undefined);
  }

  /**
   * All hits for a query, best first (ties by document number), narrowed by the filters.
   * `shown`: how many of the best hits the caller will show. Their documents are fetched early,
   * as ranked over the shards that arrive first (those of the exact and prefix matches): while
   * the shards of typo matches that start or end differently are still on their way. Typo
   * matches score low, so those are almost always the documents finally shown; the final
   * ranking still waits for every shard, and is the unsplit index's.
   */
  async search(query: string, filters: SearchFilters = noFilters, shown = 0): Promise<SearchHit[]> {
    const manifest = await this.#manifest;
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const filtered = filters.year !== null || filters.source !== null;
    const facets = filtered ? (this.#file('facets.json') as Promise<SearchFacets>) : null;
    // A query whose terms were all seen before has every shard it needs in the engine: rank once.
    const loaded = this.#allLoaded(terms);
    const shards = this.#shardsFor(terms, manifest);
    let ready = false;
    void shards.then(() => (ready = true), () => undefined);
    if (shown > 0 && !loaded) {
      // Once the exact and prefix shards are here, rank over them and fetch the documents that
      // ranking shows, unless the word lists have come too and say no other shard is needed:
      // then the final ranking comes next, and alone.
      const early = new Set(terms.flatMap((term) => this.#likelyShards(term, manifest)));
      void this.#engineWith(early, manifest)
        .then(() => (ready || this.#allLoaded(terms) ? [] : this.#ranked(query, early, manifest, facets, filters)))
        .then((hits) => {
          if (!ready) for (const hit of hits.slice(0, shown)) this.doc(hit.doc).catch(() => undefined);
        })
        .catch(() => undefined);
    }
    return this.#ranked(query, await shards, manifest, facets, filters);
  }

  /** Whether the shards every term may match are known and in the engine. */
  #allLoaded(terms: readonly string[]): boolean {
    return terms.every((term) => this.#known.get(term)?.every((shard) => this.#engineShards.has(shard)) === true);
  }

  /** The hits of a query over an engine holding (at least) the given shards. */
  async #ranked(
    query: string,
    shards: ReadonlySet<string>,
    manifest: SearchManifest,
    facets: Promise<SearchFacets> | null,
    filters: SearchFilters,
  ): Promise<SearchHit[]> {
    const [engine, facetList] = await Promise.all([this.#engineWith(shards, manifest), facets]);
    // The early ranking and the final one often run over the same shards: rank once.
    const key = JSON.stringify([query, filters.year, filters.source]);
    const last = this.#lastRanking;
    if (last?.key === key && last.shards === this.#engineShards.size) return last.hits;
    const filter = facetList ? facetFilter(facetList, filters) : undefined;
    const results = engine.search(query, filter ? { filter: (r) => filter(r.id as number) } : {});
    const hits = rank(results.map((r) => ({ doc: r.id as number, score: r.score, terms: r.terms })));
    this.#lastRanking = { key, shards: this.#engineShards.size, hits };
    return hits;
  }

  /** Names of the shards of a term's own word group that hold it and the terms it starts. */
  #likelyShards(term: string, manifest: SearchManifest): string[] {
    const key = prefixKey(term);
    if (!this.#wordKeys(manifest).has(key)) return [];
    return likelyShards(manifest, key, term, term.length >= minPrefixLength).map((shard) => `${key}.${shard}`);
  }

  /** What a result shows, fetched once per document. */
  doc(doc: number): Promise<SearchDocRecord> {
    return this.#file(`docs/${doc}.json`) as Promise<SearchDocRecord>;
  }

  /** Names (`<key>.<i>`) of the shards holding every term the query terms may match, fetched. */
  async #shardsFor(terms: readonly string[], manifest: SearchManifest): Promise<Set<string>> {
    const shards = new Set((await Promise.all(terms.map((term) => this.#termShards(term, manifest)))).flat());
    await Promise.all([...shards].map((shard) => this.#file(`terms/${shard}.json`)));
    return shards;
  }

  /** The shards holding every term one query term may match, worked out once per term. */
  #termShards(term: string, manifest: SearchManifest): Promise<readonly string[]> {
    let shards = this.#candidates.get(term);
    if (!shards) {
      shards = this.#findTermShards(term, manifest);
      this.#candidates.set(term, shards);
      shards.then((found) => this.#known.set(term, found), () => this.#candidates.delete(term));
    }
    return shards;
  }

  async #findTermShards(term: string, manifest: SearchManifest): Promise<readonly string[]> {
    const words = this.#wordKeys(manifest);
    const ends = (this.#ends ??= new Set(manifest.ends));
    const shards = new Set<string>();
    const key = prefixKey(term);
    const prefix = term.length >= minPrefixLength;
    const fuzzy = term.length >= minFuzzyLength;
    // Fetch the shards of the exact and prefix matches now, alongside the word lists.
    for (const shard of this.#likelyShards(term, manifest)) this.#file(`terms/${shard}.json`).catch(() => undefined);
    // A group kept in one shard needs no word list: that shard, fetched above, holds every term
    // of the group, and terms that do not match cost nothing in the engine.
    const split = manifest.splits[key] !== undefined;
    if (words.has(key) && !split) shards.add(`${key}.0`);
    const [list, endings] = await Promise.all([
      words.has(key) && split ? (this.#file(`words/${key}.json`) as Promise<WordList>) : null,
      fuzzy && ends.has(suffixKey(term)) ? (this.#file(`ends/${suffixKey(term)}.json`) as Promise<EndsList>) : null,
    ]);
    if (list) {
      let shard = 0;
      list.terms.forEach((candidate, i) => {
        while (shard + 1 < list.shards.length && (list.shards[shard + 1] ?? Infinity) <= i) shard++;
        if (
          candidate === term ||
          (prefix && candidate.startsWith(term)) ||
          (fuzzy && withinDistance(term, candidate, maxTypoDistance))
        ) {
          shards.add(`${key}.${shard}`);
        }
      });
    }
    // A one-edit variant either keeps the first two characters (same word list) or keeps
    // the last two (it is in this term's ends list): look there for those that start differently.
    endings?.terms.forEach((candidate, i) => {
      const other = prefixKey(candidate);
      if (other !== key && withinDistance(term, candidate, maxTypoDistance)) shards.add(`${other}.${endings.shards[i] ?? 0}`);
    });
    return [...shards];
  }

  /**
   * The one MiniSearch of this client, holding (at least) the given shards. It starts with the
   * global statistics and no terms; each shard a query needs is added once, so a new query costs
   * only the shards it fetches, never a rebuild over those fetched before. Every term lives in
   * exactly one shard and terms from other shards are terms of the full index too, so whatever
   * else is loaded, a query matches exactly what it would match in the unsplit index.
   */
  async #engineWith(shards: ReadonlySet<string>, manifest: SearchManifest): Promise<MiniSearch<SearchDocument>> {
    this.#engine ??= MiniSearch.loadJS({ ...statistics(manifest), index: [] }, miniSearchOptions);
    const engine = this.#engine;
    const missing = [...shards].filter((shard) => !this.#engineShards.has(shard));
    const loaded = (await Promise.all(missing.map((shard) => this.#file(`terms/${shard}.json`)))) as TermShard[];
    missing.forEach((name, i) => {
      // Another query may have added it while this one waited.
      if (this.#engineShards.has(name)) return;
      addShard(engine, loaded[i] ?? []);
      this.#engineShards.add(name);
    });
    return engine;
  }

  /** The keys of the word lists that exist. */
  #wordKeys(manifest: SearchManifest): ReadonlySet<string> {
    return (this.#words ??= new Set(manifest.words));
  }

  /** One index file, fetched once; a failed fetch is retried on the next query rather than kept. */
  #file(path: string): Promise<unknown> {
    let value = this.#files.get(path);
    if (!value) {
      value = this.#load(path);
      this.#files.set(path, value);
      value.catch(() => this.#files.delete(path));
    }
    return value;
  }
}

/** Shards of a word group that hold `term`, and the terms it starts when `prefix`. */
function likelyShards(manifest: SearchManifest, key: string, term: string, prefix: boolean): number[] {
  const splits = manifest.splits[key] ?? [];
  let first = 0;
  let last = 0;
  for (const start of splits) {
    if (start <= term) first++;
    if (start <= term || (prefix && start.startsWith(term))) last++;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A test of a document number against the Year and Source filters. */
function facetFilter(facets: SearchFacets, filters: SearchFilters): (doc: number) => boolean {
  const year = filters.year === null ? null : facets.years.indexOf(filters.year);
  const source = filters.source === null ? null : facets.sources.indexOf(filters.source);
  return (doc) =>
    (year === null || facets.docYear[doc] === year) && (source === null || facets.docSource[doc] === source);
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

/** The global statistics in the shape `MiniSearch.loadJS` reads (serialization version 2). */
function statistics(manifest: SearchManifest): Omit<AsPlainObject, 'index'> {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let doc = 0; doc < manifest.documentCount; doc++) {
    documentIds[doc] = doc;
    fieldLength[doc] = fields.map((_, f) => manifest.fieldLength[f]?.[doc] ?? 0);
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
    serializationVersion: 2,
  };
}

/**
 * The part of MiniSearch's private state that `loadJS` fills: its term index (a radix tree of
 * term → field id → document → term frequency). MiniSearch has no public way to add a term's
 * postings without the documents, so shards are added the way `loadJS` adds serialized terms.
 */
interface TermIndex {
  readonly _index: { set(term: string, data: Map<number, Map<number, number>>): unknown };
}

/** Add a shard's terms (`[term, [gap, freq, …] per field]`) to the engine's term index. */
function addShard(engine: MiniSearch<SearchDocument>, shard: TermShard): void {
  const index = (engine as unknown as TermIndex)._index;
  for (const [term, ...byField] of shard) {
    const data = new Map<number, Map<number, number>>();
    byField.forEach((postings, fieldId) => {
      if (postings.length === 0) return;
      const freqs = new Map<number, number>();
      let doc = 0;
      for (let i = 0; i + 1 < postings.length; i += 2) {
        doc += postings[i] ?? 0;
        freqs.set(doc, postings[i + 1] ?? 0);
      }
      data.set(fieldId, freqs);
    });
    index.set(term, data);
  }
}

function checkManifest(value: unknown): SearchManifest {
  const manifest = value as Partial<SearchManifest> | null;
  if (manifest?.version !== 3) {
    throw new Error(
      `Search: /search-index/manifest.json has version ${String(manifest?.version)}, expected 3; rebuild the site (npm run build).`,
    );
  }
  return manifest as SearchManifest;
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
