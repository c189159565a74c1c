import MiniSearch from 'minisearch';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, orderArticles, toSearchDocument } from '../../../src/lib/search/build-index.ts';
import { fields, miniSearchOptions, processTerm, searchSettings, someStartsWith, tokenize } from '../../../src/lib/search/options.ts';
import { noFilters } from '../../../src/lib/search/search-filters.ts';
import { rank, ShardedSearch, withinDistance } from '../../../src/lib/search/sharded-search.ts';
import type { NameFacets } from '../../../src/lib/search/types.ts';
import { generateArchive } from './generate-archive.ts';

const articles = generateArchive(400);
const files = buildSearchIndex(articles);
const ordered = orderArticles(articles);
const unsplit = new MiniSearch(miniSearchOptions);
unsplit.addAll(ordered.map(toSearchDocument));
/** Every term of the unsplit index, sorted: what the typo rule asks of the archive. */
const vocabulary = [
  ...new Set(
    ordered.map(toSearchDocument).flatMap((doc) => fields.flatMap((field) => tokenize(doc[field]).flatMap((word) => processTerm(word) ?? []))),
  ),
].sort();
const unsplitSettings = searchSettings((term) => someStartsWith(vocabulary, term));

/** The Person filter's option for Erdoğan (and Erdogan). */
const erdogan = (JSON.parse(files.get('facets/people.json') ?? '{}') as NameFacets).names.find((name) => name.startsWith('Erdo')) ?? '';

function shardedSearch(fetched: string[] = []) {
  return new ShardedSearch(async (path) => {
    const text = files.get(path);
    if (text === undefined) throw new Error(`no index file ${path}`);
    fetched.push(path);
    return JSON.parse(text);
  });
}

function reference(query: string, filter?: (id: number) => boolean) {
  const results = unsplit.search(query, { ...unsplitSettings, ...(filter ? { filter: (r) => filter(r.id as number) } : {}) });
  return rank(results.map((r) => ({ doc: r.id as number, score: r.score })));
}

const queries = [
  { kind: 'common word', query: 'government' },
  { kind: 'common word', query: 'ceasefire' },
  { kind: 'rare word', query: 'prosecute' },
  { kind: 'rare word', query: 'humanitarian' },
  { kind: 'name', query: 'Pompeo' },
  { kind: 'name', query: 'Ayoub' },
  { kind: 'name with accents', query: 'Erdoğan' },
  { kind: 'name with accents, typed plain', query: 'cavusoglu' },
  { kind: 'prefix', query: 'Erdo' },
  { kind: 'prefix', query: 'sanc' },
  { kind: 'two-letter prefix', query: 'po' },
  { kind: 'typo', query: 'Pompao' },
  { kind: 'typo', query: 'ceasfire' },
  { kind: 'typo in the first letter', query: 'bight' },
  { kind: 'typo in the first letter', query: 'Rutin' },
  { kind: 'typo in the second letter', query: 'mouse' },
  { kind: 'short word', query: 'war' },
  { kind: 'multi-word', query: 'Turkish soldiers' },
  { kind: 'multi-word', query: 'Pompeo sanctions' },
  { kind: 'multi-word with prefix', query: 'syria ceasefire idl' },
  { kind: 'stop words only', query: 'the of and' },
  { kind: 'place', query: 'Idlib' },
  { kind: 'author in the byline', query: 'Holloway' },
  { kind: 'author with accents, typed plain', query: 'yildiz' },
  { kind: 'author and a word', query: 'Kowalska syria' },
  { kind: 'source', query: 'Reuters' },
  { kind: 'synthetic word', query: 'kalo' },
  { kind: 'synthetic word with typo', query: 'sunterba' },
];

describe('the sharded index ranks like one unsplit MiniSearch index', () => {
  const search = shardedSearch();
  test.each(queries)('$kind: “$query” gives the same top 10', async ({ query }) => {
    const expected = reference(query);
    const actual = await search.search(query);
    expect(actual.map((h) => h.doc).slice(0, 10)).toEqual(expected.map((h) => h.doc).slice(0, 10));
    expect(actual.length).toBe(expected.length);
  });

  test.each(queries)('$kind: “$query” gives the same top 10 from a cold start', async ({ query }) => {
    const actual = await shardedSearch().search(query);
    expect(actual.map((h) => h.doc).slice(0, 10)).toEqual(reference(query).map((h) => h.doc).slice(0, 10));
  });

  test('most queries find something, so the comparison means something', () => {
    const found = queries.filter(({ query }) => reference(query).length > 0).length;
    expect(found).toBeGreaterThanOrEqual(20);
  });

  test('a year filter narrows like a filter on the unsplit index', async () => {
    const year = Number((ordered.find((a) => a.date)?.date ?? '').slice(0, 4));
    const inYear = (id: number) => ordered[id]?.date?.startsWith(String(year)) ?? false;
    const actual = await search.search('government', { ...noFilters, year });
    expect(actual.map((h) => h.doc)).toEqual(reference('government', inYear).map((h) => h.doc));
    expect(actual.length).toBeGreaterThan(0);
  });

  test('a source filter narrows like a filter on the unsplit index', async () => {
    const fromAfp = (id: number) => ordered[id]?.source === 'AFP';
    const actual = await search.search('syria', { ...noFilters, source: 'AFP' });
    expect(actual.map((h) => h.doc)).toEqual(reference('syria', fromAfp).map((h) => h.doc));
  });

  test.each([
    { filter: 'person' as const, name: 'Pompeo', gives: (id: number) => ordered[id]?.entities.people.includes('Pompeo') === true },
    // Erdoğan and Erdogan are one option, under whichever spelling more articles give.
    { filter: 'person' as const, name: erdogan, gives: (id: number) => ordered[id]?.entities.people.some((p) => p.startsWith('Erdo')) === true },
    { filter: 'place' as const, name: 'Idlib', gives: (id: number) => ordered[id]?.entities.places.includes('Idlib') === true },
    { filter: 'organization' as const, name: 'NATO', gives: (id: number) => ordered[id]?.entities.organizations.includes('NATO') === true },
  ])('a $filter filter ($name) narrows like a filter on the unsplit index, spellings merged', async ({ filter, name, gives }) => {
    const expected = reference('government', gives);
    const actual = await search.search('government', { ...noFilters, [filter]: name });
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.map((h) => h.doc)).toEqual(expected.map((h) => h.doc));
  });

  test('a name filter and a year filter together narrow like both on the unsplit index', async () => {
    const year = Number((ordered.find((a) => a.date && a.entities.people.includes('Putin'))?.date ?? '').slice(0, 4));
    const both = (id: number) => (ordered[id]?.date?.startsWith(String(year)) ?? false) && ordered[id]?.entities.people.includes('Putin') === true;
    const actual = await search.search('government', { ...noFilters, year, person: 'Putin' });
    expect(actual.length).toBeGreaterThan(0);
    expect(actual.map((h) => h.doc)).toEqual(reference('government', both).map((h) => h.doc));
  });
});

describe('typo matching is for words the archive lacks', () => {
  // A word of the archive with a near word (one edit away) that starts with other letters.
  const known = vocabulary.find(
    (term) => term.length >= 5 && vocabulary.some((other) => other.slice(0, 2) !== term.slice(0, 2) && withinDistance(term, other, 1)),
  );

  test('the generated archive has such a word', () => {
    expect(known).toBeDefined();
  });

  test('a word the archive has matches itself and the words it starts, not its near words, and fetches no other group', async () => {
    const term = known ?? '';
    const fetched: string[] = [];
    const hits = await shardedSearch(fetched).search(term);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.flatMap((h) => h.terms).every((t) => t.startsWith(term))).toBe(true);
    const groups = new Set(fetched.filter((path) => path.startsWith('terms/')).map((path) => path.slice(6, 8)));
    expect([...groups]).toEqual([term.slice(0, 2)]);
  });

  test('a word the archive lacks matches the words one edit away', async () => {
    const hits = await shardedSearch().search('Pompao');
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.flatMap((h) => h.terms))).toContain('pompeo');
  });
});

describe('a query fetches only what it needs', () => {
  test('a name of the archive fetches the manifest and the one shard that holds it', async () => {
    const fetched: string[] = [];
    await shardedSearch(fetched).search('Ayoub');
    expect(fetched.sort()).toEqual(['manifest.json', 'terms/ay.0.json']);
  });

  test('a typo of a word in a group of several shards fetches the group’s word list and the shard of the word', async () => {
    const small = buildSearchIndex(articles, { shardBytes: 2_000 });
    const fetched: string[] = [];
    const search = new ShardedSearch(async (path) => {
      fetched.push(path);
      return JSON.parse(small.get(path) ?? 'null');
    });
    const manifest = JSON.parse(small.get('manifest.json') ?? '{}') as { splits: Record<string, string[]> };
    const [key] = Object.keys(manifest.splits);
    const list = JSON.parse(small.get(`words/${key}.json`) ?? '{}') as { terms: string[]; shards: number[] };
    // A word whose last letter, changed, makes a word that no word of the archive is or starts with.
    const changed = (t: string) => t.slice(0, -1) + (t.endsWith('q') ? 'z' : 'q');
    const at = list.terms.findIndex((t) => t.length >= 6 && !list.terms.some((other) => other.startsWith(changed(t))));
    expect(at).toBeGreaterThanOrEqual(0);
    const term = list.terms[at] ?? '';
    const shard = list.shards.findLastIndex((start) => start <= at);
    const typo = changed(term);
    const hits = await search.search(typo);
    expect(fetched).toEqual(expect.arrayContaining(['manifest.json', `words/${key}.json`, `terms/${key}.${shard}.json`]));
    expect(hits.flatMap((h) => h.terms)).toContain(term);
  });

  test('a typo in the first letter also fetches the shards of its near words', async () => {
    const fetched: string[] = [];
    await shardedSearch(fetched).search('bight');
    const shards = fetched.filter((path) => path.startsWith('terms/')).map((path) => path.slice(6, 8));
    expect(shards).toEqual(expect.arrayContaining(['ni', 'li', 'ri']));
  });

  test('a word the archive has is ranked as soon as its shards are here, without waiting for the typo lists', async () => {
    const search = new ShardedSearch(async (path) => {
      // The lists that find near words never arrive.
      if (path.startsWith('ends/') || path.startsWith('words/')) return new Promise(() => undefined);
      return JSON.parse(files.get(path) ?? 'null');
    });
    const hits = await search.search('Ayoub');
    expect(hits.map((h) => h.doc).slice(0, 10)).toEqual(reference('Ayoub').map((h) => h.doc).slice(0, 10));
    expect(hits.length).toBeGreaterThan(0);
  });

  test('a repeated query is ranked by MiniSearch once; a query that adds a shard is ranked again', async () => {
    const search = shardedSearch();
    let rankings = 0;
    const original = MiniSearch.prototype.search;
    MiniSearch.prototype.search = function (this: MiniSearch, ...args: Parameters<MiniSearch['search']>) {
      if (this !== unsplit) rankings += 1;
      return original.apply(this, args);
    };
    try {
      const first = await search.search('Ayoub');
      const again = await search.search('Ayoub');
      expect(again).toBe(first);
      expect(rankings).toBe(1);
      await search.search('Ayoub sanctions');
      expect(rankings).toBe(2);
    } finally {
      MiniSearch.prototype.search = original;
    }
  });

  test('the Undated filter keeps exactly the undated articles, ranked as before', async () => {
    const undated = (id: number) => ordered[id]?.date === null;
    const actual = await shardedSearch().search('government', { ...noFilters, year: 'undated' });
    const expected = reference('government', undated);
    expect(expected.length).toBeGreaterThan(0);
    expect(actual.map((h) => h.doc)).toEqual(expected.map((h) => h.doc));
  });

  test('a filter reuses the query’s ranking instead of ranking again', async () => {
    const search = shardedSearch();
    const original = MiniSearch.prototype.search;
    let rankings = 0;
    MiniSearch.prototype.search = function (this: MiniSearch, ...args: Parameters<MiniSearch['search']>) {
      rankings++;
      return original.apply(this, args);
    };
    try {
      const all = await search.search('Ayoub');
      const from2010 = await search.search('Ayoub', { ...noFilters, year: 2010 });
      expect(rankings).toBe(1);
      expect(from2010.length).toBeLessThan(all.length);
    } finally {
      MiniSearch.prototype.search = original;
    }
  });

  test('an exact search matches the words as typed, never with a typo', async () => {
    const search = shardedSearch();
    expect((await search.search('Pompao')).length).toBeGreaterThan(0);
    expect(await search.search('Pompao', undefined, { exact: true })).toEqual([]);
    const exact = unsplit.search('Pompeo sanc', { ...unsplitSettings, fuzzy: false });
    expect((await search.search('Pompeo sanc', undefined, { exact: true })).map((h) => h.doc)).toEqual(rank(exact.map((r) => ({ doc: r.id as number, score: r.score }))).map((h) => h.doc));
  });

  test.each([
    { query: 'Pompao sanctions', expected: ['pompao'] },
    { query: 'Pompeo sanctions', expected: [] },
    { query: 'ceasfire bight', expected: ['ceasfire', 'bight'] },
    { query: 'the of', expected: [] },
  ])('typoTerms: “$query” → $expected', async ({ query, expected }) => {
    expect(await shardedSearch().typoTerms(query)).toEqual(expected);
  });

  test('the filters’ data is fetched only once a filter is set', async () => {
    const fetched: string[] = [];
    const search = shardedSearch(fetched);
    await search.search('syria');
    expect(fetched).not.toContain('facets.json');
    await search.search('syria', { ...noFilters, year: 2010 });
    expect(fetched).toContain('facets.json');
    expect(fetched.filter((path) => path.startsWith('facets/'))).toEqual([]);
  });

  test('a name filter fetches the names of its own kind only, once', async () => {
    const fetched: string[] = [];
    const search = shardedSearch(fetched);
    await search.search('syria', { ...noFilters, person: 'Pompeo' });
    await search.search('government', { ...noFilters, person: 'Putin' });
    expect(fetched.filter((path) => path.startsWith('facets'))).toEqual(['facets.json', 'facets/people.json']);
    await search.facetData(noFilters, ['organizations']);
    expect(fetched.filter((path) => path.startsWith('facets/'))).toEqual(['facets/people.json', 'facets/organizations.json']);
  });

  test('a fetched file that is not what its path says is refused, naming its URL', async () => {
    const search = new ShardedSearch(async (path) => (path.startsWith('terms/') ? [['government', 'not postings']] : JSON.parse(files.get(path) ?? 'null')), '/archive/search-index/');
    await expect(search.search('government')).rejects.toThrow(/^Search: \/archive\/search-index\/terms\/go\.\d+\.json is not the index file this page expects \(at 0\.1: /);
  });

  test('a manifest of another version is refused, naming its URL and the fix', async () => {
    const search = new ShardedSearch(async (path) => (path === 'manifest.json' ? { version: 3 } : null));
    await expect(search.manifest()).rejects.toThrow('Search: /search-index/manifest.json has version 3, expected 4; rebuild the site (npm run build).');
  });

  test('small shards: a word group is split once its postings pass the size limit', () => {
    const small = buildSearchIndex(articles, { shardBytes: 2_000 });
    const split = [...small.keys()].filter((path) => /^terms\/..\.1\.json$/.test(path));
    expect(split.length).toBeGreaterThan(0);
    const list = JSON.parse(small.get(split[0]!.replace(/^terms\/(..)\.1\.json$/, 'words/$1.json')) ?? '{}');
    expect(list.shards.length).toBeGreaterThan(1);
  });

  test('small shards rank the same', async () => {
    const small = buildSearchIndex(articles, { shardBytes: 2_000 });
    const search = new ShardedSearch(async (path) => JSON.parse(small.get(path) ?? 'null'));
    for (const { query } of queries) {
      const actual = await search.search(query);
      expect(actual.map((h) => h.doc).slice(0, 10), query).toEqual(reference(query).map((h) => h.doc).slice(0, 10));
    }
  });
});

describe.each([
  { a: 'night', b: 'light', max: 1, expected: true },
  { a: 'pompao', b: 'pompeo', max: 1, expected: true },
  { a: 'ceasfire', b: 'ceasefire', max: 1, expected: true },
  { a: 'ligth', b: 'light', max: 1, expected: false },
  { a: 'war', b: 'warsaw', max: 1, expected: false },
  { a: '', b: 'a', max: 1, expected: true },
])('withinDistance($a, $b, $max)', ({ a, b, max, expected }) => {
  test(`is ${expected}`, () => {
    expect(withinDistance(a, b, max)).toBe(expected);
  });
});
