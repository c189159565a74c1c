import type * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { parseIndexFile } from '../../../src/lib/search/parse-index-file.ts';
import { nameFacetsSchema, searchDocRecordSchema, searchManifestSchema, termShardSchema, wordListSchema } from '../../../src/lib/search/types.ts';

const manifest = { version: 4, build: 'abc123', documentCount: 2, averageFieldLength: [3, 40.5, 2], fieldLength: [[3, 3], [41, 40], [2, 2]], words: ['po'], ends: ['eo'], splits: {} };
const doc = { slug: 'a', title: 'A', date: null, dateText: 'Undated', source: null, byline: null, text: 'Text.' };

/** A file of some kind and its JSON. */
interface Case {
  readonly name: string;
  readonly schema: v.GenericSchema;
  readonly json: unknown;
}

describe('parseIndexFile', () => {
  test.each<Case>([
    { name: 'a manifest', schema: searchManifestSchema, json: manifest },
    { name: 'a posting shard', schema: termShardSchema, json: [['pompeo', [0, 1], [], [1, 2]], ['pompeos', [], [1, 1], []]] },
    { name: 'a word list', schema: wordListSchema, json: { terms: ['pompeo'], shards: [0] } },
    { name: 'a document', schema: searchDocRecordSchema, json: doc },
    { name: 'a kind of names', schema: nameFacetsSchema, json: { names: ['Mike Pompeo'], docs: [[0, 1]] } },
  ])('keeps $name as it is', ({ schema, json }) => {
    expect(parseIndexFile(schema, json, '/search-index/x.json')).toEqual(json);
  });

  test.each<Case & { readonly url: string; readonly message: RegExp }>([
    { name: 'a shard with a word for postings', schema: termShardSchema, json: [['pompeo', [0, 1]], ['putin', 'x']], url: '/search-index/terms/po.0.json', message: /^Search: \/search-index\/terms\/po\.0\.json is not the index file this page expects \(at 1\.1: expected an array of numbers\)\. Rebuild the site \(npm run build\)/ },
    { name: 'a document without its text', schema: searchDocRecordSchema, json: { ...doc, text: undefined }, url: '/search-index/docs/7.json', message: /docs\/7\.json is not the index file this page expects \(at text: .*string.*undefined\)/ },
    { name: 'a manifest whose field lengths are cut', schema: searchManifestSchema, json: { ...manifest, fieldLength: [[3, 3], [41, null]] }, url: '/archive/search-index/manifest.json', message: /\/archive\/search-index\/manifest\.json is not the index file this page expects \(at fieldLength\.1: expected an array of numbers\)/ },
    { name: 'a file that is not an object', schema: wordListSchema, json: null, url: '/search-index/words/po.json', message: /words\/po\.json is not the index file this page expects \(.*Object.*null\)/ },
  ])('names the file and where $name goes wrong', ({ schema, json, url, message }) => {
    expect(() => parseIndexFile(schema, json, url)).toThrow(message);
  });
});
