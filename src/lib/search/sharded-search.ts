import type MiniSearch from 'minisearch';
import type * as v from 'valibot';
import type { EntityKind } from '../entities/entity-kinds.ts';
import { decodeNames, facetFilter, type FacetData, type NameIndex } from './facet-filter.ts';
import { addPostings, createEngine } from './minisearch-internals.ts';
import { Once } from './once.ts';
import { maxTypoDistance, minPrefixLength, processTerm, querySettings, searchSettings, someStartsWith, tokenize, typoMatched, type SearchDocument } from './options.ts';
import { parseIndexFile } from './parse-index-file.ts';
import { hasFilters, nameFilters, noFilters, type SearchFilters } from './search-filters.ts';
import { prefixKey, suffixKey } from './shard-key.ts';
import {
  endsListSchema,
  nameFacetsSchema,
  searchDocRecordSchema,
  searchFacetsSchema,
  searchManifestSchema,
  termShardSchema,
  wordListSchema,
  type EndsList,
  type SearchDocRecord,
  type SearchFacets,
  type SearchManifest,
  type TermShard,
  type WordList,
} from './types.ts';

/** Reads one index file (path under `/search-index/`) and returns its parsed JSON, unchecked. */
export type LoadFile = (path: string) => Promise<unknown>;

/** How a query is matched. */
export interface MatchOptions {
  /** Match every word as typed, never with a typo (the "Search instead for …" link). */
  readonly exact: boolean;
}

/** One ranked hit: the document number, its score and the index terms it matched. */
export interface SearchHit {
  readonly doc: number;
  readonly score: number;
  readonly terms: readonly string[];
}

const typoMatching: MatchOptions = Object.freeze({ exact: false });

/** What one query term needs: the shards of every term it may match, and whether it is matched with a typo. */
interface TermPlan {
  readonly shards: readonly string[];
  readonly typo: boolean;
}

/** Most shards fetched for a prefix typed too fast to search: a short, common prefix spans many. */
const maxPrefetchShards = 3;

/**
 * Search over the sharded index. Loads the manifest once. For each query term, fetches the
 * shards of its two-letter group that hold it and the words it starts (the manifest says which);
 * a word the archive has needs nothing else. For a word it lacks (matched with one typo, see
 * `searchSettings`), the word list of the group and the list of words ending like it, fetched
 * together once its shards show it missing, say which shards hold the words one edit away. MiniSearch, loaded
 * with the global statistics and the shards fetched so far, matches and ranks. The ranking is
 * the unsplit index's: every term that could match is present, and the statistics are the
 * whole archive's.
 */
export class ShardedSearch {
  readonly #load: LoadFile;
  readonly #root: string;
  readonly #manifest: Promise<SearchManifest>;
  // Each file fetched and checked once, by kind.
  readonly #shards = new Once<string, TermShard>();
  readonly #wordLists = new Once<string, WordList>();
  readonly #endsLists = new Once<string, EndsList>();
  readonly #docs = new Once<number, SearchDocRecord>();
  readonly #facets = new Once<'facets', SearchFacets>();
  readonly #names = new Once<EntityKind, NameIndex>();
  readonly #plans = new Once<string, TermPlan>();
  #engine: MiniSearch<SearchDocument> | undefined;
  readonly #engineShards = new Set<string>();
  /** The last ranking, kept while the engine gains no shard: the same query ranks the same. */
  #lastRanking: { readonly key: string; readonly shards: number; readonly hits: SearchHit[] } | undefined;
  #words: ReadonlySet<string> | undefined;
  #ends: ReadonlySet<string> | undefined;

  /**
   * `load` reads a file by its path under the index's folder; `root` is that folder's URL, which
   * messages about a file name it by (`/search-index/` on a site at the root of its host).
   */
  constructor(load: LoadFile, root = '/search-index/') {
    this.#load = load;
    this.#root = root;
    this.#manifest = load('manifest.json').then((json) => checkManifest(json, `${root}manifest.json`));
  }

  /** The manifest (document count, which word lists exist). */
  manifest(): Promise<SearchManifest> {
    return this.#manifest;
  }

  /**
   * Start fetching what every query that starts like this one needs: for each term of three
   * letters or more, the shards holding the words it starts. For keys typed too fast to search
   * each prefix: the finished word starts with the prefix, so its shards are among these.
   */
  prefetch(query: string): void {
    this.#manifest
      .then((manifest) => {
        for (const term of queryTerms(query)) {
          if (term.length < minPrefixLength) continue;
          const shards = this.#prefixShards(term, manifest);
          if (shards.length > maxPrefetchShards) continue;
          for (const shard of shards) this.#shard(shard).catch(() => undefined);
        }
      })
      .catch(() => undefined);
  }

  /**
   * All hits for a query, best first (ties by document number), narrowed by the filters. A filter
   * keeps or drops hits without changing their scores, so the query is ranked once and each
   * filter (and the counts of `facetCounts`) reads the same ranking.
   */
  async search(query: string, filters: SearchFilters = noFilters, match: MatchOptions = typoMatching): Promise<SearchHit[]> {
    const [hits, data] = await Promise.all([this.#rank(query, match), hasFilters(filters) ? this.facetData(filters) : null]);
    if (!data) return hits;
    const keep = facetFilter(data, filters);
    return hits.filter((hit) => keep(hit.doc));
  }

  /** The query's index terms that the archive lacks, so are matched with a typo (none when `exact`). */
  async typoTerms(query: string, match: MatchOptions = typoMatching): Promise<string[]> {
    if (match.exact) return [];
    const manifest = await this.#manifest;
    const terms = queryTerms(query);
    const plans = await Promise.all(terms.map((term) => this.#plan(term, manifest)));
    return terms.filter((_, i) => plans[i]?.typo);
  }

  /** Each document's year and source (`facets.json`), fetched once. */
  facets(): Promise<SearchFacets> {
    return this.#facets.get('facets', () => this.#fetch('facets.json', searchFacetsSchema));
  }

  /**
   * What these filters read (`facetFilter`, `facetCounts`): `facets.json` and the names of each
   * kind whose filter is set, and of `kinds` too (to count their options). Each file is fetched
   * and decoded once; a kind no filter needs is never fetched.
   */
  async facetData(filters: SearchFilters, kinds: readonly EntityKind[] = []): Promise<FacetData> {
    const set = nameFilters.flatMap(({ filter, kind }) => (filters[filter] === null ? [] : [kind]));
    const wanted = [...new Set([...set, ...kinds])];
    const [facets, ...indexes] = await Promise.all([this.facets(), ...wanted.map((kind) => this.#nameIndex(kind))]);
    return { facets, names: Object.fromEntries(wanted.map((kind, i) => [kind, indexes[i]])) };
  }

  /** One kind's names (`facets/<kind>.json`), decoded once. */
  #nameIndex(kind: EntityKind): Promise<NameIndex> {
    return this.#names.get(kind, () => this.#fetch(`facets/${kind}.json`, nameFacetsSchema).then(decodeNames));
  }

  /** The unfiltered ranking of a query. */
  async #rank(query: string, match: MatchOptions): Promise<SearchHit[]> {
    const manifest = await this.#manifest;
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const plans = await Promise.all(terms.map((term) => this.#plan(term, manifest)));
    const typos = new Set(match.exact ? [] : terms.filter((_, i) => plans[i]?.typo));
    // An exact query needs only the shards of the words as typed.
    const shards = new Set(match.exact ? terms.flatMap((term) => this.#prefixShards(term, manifest)) : plans.flatMap((plan) => plan.shards));
    const engine = await this.#engineWith(shards, manifest);
    // Refining or repeating a query often needs no new shard: rank once.
    const key = JSON.stringify([query, match.exact]);
    const last = this.#lastRanking;
    if (last?.key === key && last.shards === this.#engineShards.size) return last.hits;
    const settings = match.exact ? querySettings : searchSettings((term) => !typos.has(term));
    const results = engine.search(query, settings);
    const hits = rank(results.map((r) => ({ doc: r.id as number, score: r.score, terms: r.terms })));
    this.#lastRanking = { key, shards: this.#engineShards.size, hits };
    return hits;
  }

  /** What a result shows, fetched once per document. */
  doc(doc: number): Promise<SearchDocRecord> {
    return this.#docs.get(doc, () => this.#fetch(`docs/${doc}.json`, searchDocRecordSchema));
  }

  /** What a query term needs, worked out once per term. */
  #plan(term: string, manifest: SearchManifest): Promise<TermPlan> {
    return this.#plans.get(term, () => this.#findPlan(term, manifest));
  }

  async #findPlan(term: string, manifest: SearchManifest): Promise<TermPlan> {
    const key = prefixKey(term);
    const own = this.#prefixShards(term, manifest);
    const shards = await Promise.all(own.map((shard) => this.#shard(shard)));
    const typo = typoMatched(term, () => shards.some((shard) => someStartsWith(shard.map(([t]) => t), term)));
    if (!typo) return { shards: own, typo };
    // A word the archive lacks. Fetching the lists below with its shards, in case, would save
    // such a word a round trip but cost every other word two requests: slower on the whole.
    const ends = (this.#ends ??= new Set(manifest.ends));
    const [words, endList] = await Promise.all([
      this.#wordKeys(manifest).has(key) && manifest.splits[key] !== undefined ? this.#wordLists.get(key, () => this.#fetch(`words/${key}.json`, wordListSchema)) : null,
      ends.has(suffixKey(term)) ? this.#endsLists.get(suffixKey(term), () => this.#fetch(`ends/${suffixKey(term)}.json`, endsListSchema)) : null,
    ]);
    // One edit away: a word keeping the first two characters is in the group (its word list, or
    // its one shard, loaded above); one keeping the last two is in the ends list, which says
    // where each term's postings are.
    const near = new Set(own);
    if (words) {
      let shard = 0;
      words.terms.forEach((candidate, i) => {
        while (shard + 1 < words.shards.length && (words.shards[shard + 1] ?? Infinity) <= i) shard++;
        if (withinDistance(term, candidate, maxTypoDistance)) near.add(`${key}.${shard}`);
      });
    }
    endList?.terms.forEach((candidate, i) => {
      const other = prefixKey(candidate);
      if (other !== key && withinDistance(term, candidate, maxTypoDistance)) near.add(`${other}.${endList.shards[i] ?? 0}`);
    });
    return { shards: [...near], typo };
  }

  /** Names (`<key>.<i>`) of the shards of a term's word group holding it and the words it starts. */
  #prefixShards(term: string, manifest: SearchManifest): string[] {
    const key = prefixKey(term);
    if (!this.#wordKeys(manifest).has(key)) return [];
    return prefixRange(manifest, key, term, term.length >= minPrefixLength).map((shard) => `${key}.${shard}`);
  }

  /**
   * The one MiniSearch of this client, holding (at least) the given shards. It starts with the
   * global statistics and no terms; each shard a query needs is added once, so a new query costs
   * only the shards it fetches, never a rebuild over those fetched before. Every term lives in
   * exactly one shard and terms from other shards are terms of the full index too, so whatever
   * else is loaded, a query matches exactly what it would match in the unsplit index.
   */
  async #engineWith(shards: ReadonlySet<string>, manifest: SearchManifest): Promise<MiniSearch<SearchDocument>> {
    this.#engine ??= createEngine(manifest);
    const engine = this.#engine;
    const missing = [...shards].filter((shard) => !this.#engineShards.has(shard));
    const loaded = await Promise.all(missing.map((shard) => this.#shard(shard)));
    missing.forEach((name, i) => {
      // Another query may have added it while this one waited.
      if (this.#engineShards.has(name)) return;
      addPostings(engine, loaded[i] ?? []);
      this.#engineShards.add(name);
    });
    return engine;
  }

  /** The keys of the word lists that exist. */
  #wordKeys(manifest: SearchManifest): ReadonlySet<string> {
    return (this.#words ??= new Set(manifest.words));
  }

  /** A posting shard (`<key>.<i>`: `terms/<key>.<i>.json`), fetched once. */
  #shard(name: string): Promise<TermShard> {
    return this.#shards.get(name, () => this.#fetch(`terms/${name}.json`, termShardSchema));
  }

  /** One index file, fetched and checked against its schema (a failed fetch or check rejects, naming its URL). */
  async #fetch<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
    return parseIndexFile(schema, await this.#load(path), `${this.#root}${path}`);
  }
}

/** Shards of a word group that hold `term`, and the terms it starts when `prefix`. */
function prefixRange(manifest: SearchManifest, key: string, term: string, prefix: boolean): number[] {
  const splits = manifest.splits[key] ?? [];
  let first = 0;
  let last = 0;
  for (const start of splits) {
    if (start <= term) first++;
    if (start <= term || (prefix && start.startsWith(term))) last++;
  }
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
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

/** The manifest, checked: first its version (a site built by another version of the search), then its shape. */
function checkManifest(json: unknown, url: string): SearchManifest {
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  if (version !== 4) throw new Error(`Search: ${url} has version ${String(version)}, expected 4; rebuild the site (npm run build).`);
  return parseIndexFile(searchManifestSchema, json, url);
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
