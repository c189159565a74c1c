import { describe, expect, test } from 'vitest';
import { buildSearchIndex, creditOf } from '../../../src/lib/search/build-index.ts';
import type { EndsList, NameFacets, SearchDocRecord, SearchManifest, WordList } from '../../../src/lib/search/types.ts';
import { generateArchive } from './generate-archive.ts';

const articles = generateArchive(120, 3);
const files = buildSearchIndex(articles);
const json = <T>(path: string): T => JSON.parse(files.get(path) ?? 'null') as T;
const manifest = json<SearchManifest>('manifest.json');

describe('buildSearchIndex', () => {
  test('gives the same files for the same articles, in any order', () => {
    expect(buildSearchIndex([...articles].reverse())).toEqual(files);
  });

  test('writes one document file per article, numbered in slug order', () => {
    expect(manifest.documentCount).toBe(articles.length);
    const slugs = Array.from({ length: articles.length }, (_, doc) => json<SearchDocRecord>(`docs/${doc}.json`).slug);
    expect(slugs).toEqual(articles.map((a) => a.slug).sort());
  });

  test('every word list the manifest names exists, and so does every shard it points to', () => {
    for (const key of manifest.words) {
      const list = json<WordList>(`words/${key}.json`);
      expect(list.terms.length).toBeGreaterThan(0);
      list.shards.forEach((_, i) => expect(files.has(`terms/${key}.${i}.json`), `${key}.${i}`).toBe(true));
    }
    for (const key of manifest.ends) {
      const list = json<EndsList>(`ends/${key}.json`);
      list.terms.forEach((term, i) => expect(files.has(`terms/${term.slice(0, 2).replace(/[^a-z0-9]/g, '_')}.${list.shards[i]}.json`), term).toBe(true));
    }
  });

  test('keeps seed text as data: markup stays a string in the document file', () => {
    const withMarkup = buildSearchIndex([
      { slug: 'markup', title: 'A <b>bold</b> claim', date: null, source: null, byline: null, authors: [], body: ['<script>alert(1)</script> text'], entities: { people: [], places: [], organizations: [] } },
    ]);
    const record = JSON.parse(withMarkup.get('docs/0.json') ?? '{}') as SearchDocRecord;
    expect(record.title).toBe('A <b>bold</b> claim');
    expect(record.text).toBe('<script>alert(1)</script> text');
  });

  test('lists each kind’s names that have a page, with their documents as gaps', () => {
    const named = (entities: { people: string[]; places?: string[] }, slug: string) => ({
      slug, title: slug, date: null, source: null, byline: null, authors: [], body: ['Text.'],
      entities: { people: entities.people, places: entities.places ?? [], organizations: [] },
    });
    const index = buildSearchIndex([
      named({ people: ['Mike Pompeo', 'Ali Ayoub'] }, 'a'),
      named({ people: ['John Kerry'], places: ['Idlib'] }, 'b'),
      named({ people: ['Mike Pompeo', 'John Kerry'] }, 'c'),
      named({ people: ['Mike Pompeo'], places: ['Idlib'] }, 'd'),
    ]);
    const file = (kind: string) => JSON.parse(index.get(`facets/${kind}.json`) ?? 'null') as NameFacets;
    expect(file('people')).toEqual({ names: ['Mike Pompeo', 'John Kerry'], docs: [[0, 2, 1], [1, 1]] });
    expect(file('places')).toEqual({ names: ['Idlib'], docs: [[1, 2]] });
    expect(file('organizations')).toEqual({ names: [], docs: [] });
  });

  test('an empty archive still has a manifest', () => {
    const empty = buildSearchIndex([]);
    expect(JSON.parse(empty.get('manifest.json') ?? '{}')).toMatchObject({ version: 4, documentCount: 0, words: [] });
  });
});

describe('creditOf', () => {
  test.each([
    { byline: 'By Jane Doe and John Roe', authors: ['Jane Doe', 'John Roe'], source: 'AFP', expected: 'By Jane Doe and John Roe · AFP' },
    { byline: null, authors: ['Jane Doe', 'John Roe'], source: null, expected: 'Jane Doe, John Roe' },
    { byline: 'Jane Doe, AFP', authors: ['Jane Doe'], source: 'AFP', expected: 'Jane Doe, AFP' },
    { byline: null, authors: [], source: 'VOA', expected: 'VOA' },
    { byline: null, authors: [], source: null, expected: '' },
  ])('$expected', ({ byline, authors, source, expected }) => {
    expect(creditOf({ byline, authors, source })).toBe(expected);
  });
});
