import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openIngestCache, seedKey } from '../../../src/lib/ingest/ingest-cache.ts';
import type { CachedSeed } from '../../../src/lib/ingest/ingest-cache.ts';
import { normalizerVersion } from '../../../src/lib/ingest/normalizer-version.ts';
import { toCollectionEntry } from '../../../src/lib/article/collection-entry.ts';
import type { Article, SourceLine } from '../../../src/lib/article/schema.ts';
import { serializeArticle } from '../../../src/lib/ingest/serialize-article.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const value: CachedSeed = {
  result: { ok: false, file: 'a.txt', error: { file: 'a.txt', rule: 'no-article-body', message: 'no article body', severity: 'error' }, warnings: [] },
};
const bytes = (text: string) => new TextEncoder().encode(text);

describe('seedKey', () => {
  test.each([
    { a: ['a.txt', 'x'], b: ['a.txt', 'x'], same: true },
    { a: ['a.txt', 'x'], b: ['b.txt', 'x'], same: false },
    { a: ['a.txt', 'x'], b: ['a.txt', 'y'], same: false },
    { a: ['a.txt', 'x'], b: ['a.tx', 'tx'], same: false },
  ] as const)('$a and $b share a key: $same', ({ a, b, same }) => {
    expect(seedKey(a[0], bytes(a[1])) === seedKey(b[0], bytes(b[1]))).toBe(same);
  });
});

describe('openIngestCache', () => {
  test('gives back what was stored under a key, and nothing for another key', () => {
    const dir = tempDir();
    openIngestCache(dir, 'v1').set('k', value);
    expect(openIngestCache(dir, 'v1').get('k')).toEqual(value);
    expect(openIngestCache(dir, 'v1').get('other')).toBeUndefined();
  });

  test('never reads entries of another normalizer version, and removes them when writing', () => {
    const dir = tempDir();
    openIngestCache(dir, 'v1').set('k', value);
    const v2 = openIngestCache(dir, 'v2');
    expect(v2.get('k')).toBeUndefined();
    v2.set('j', value);
    expect(readdirSync(dir)).toEqual(['v2']);
  });

  test('keeps no copy of an article: its collection file is its record', () => {
    const dir = tempDir();
    const article: Article = {
      id: 'a',
      slug: 'a-title-ca978b',
      title: 'A title',
      titleSource: 'headline',
      date: '2020-03-19',
      dateSource: 'explicit',
      dateEstimate: null,
      byline: null,
      authors: [],
      source: null,
      url: null,
      body: ['First \u2028 paragraph: "quoted" and <b>.', 'Second.'],
      blocks: [
        { kind: 'paragraph', text: 'First \u2028 paragraph: "quoted" and <b>.' },
        { kind: 'paragraph', text: 'Second.' },
      ],
      removed: [{ text: 'Advertisement', reason: 'advertisement' }],
      warnings: [],
    };
    const file = 'a.txt';
    const lines: SourceLine[] = [
      { text: 'A title', role: 'title' },
      { text: 'First \u2028 paragraph: "quoted" and <b>.', role: 'body' },
      { text: 'Advertisement', role: 'removed', reason: 'advertisement' },
      { text: 'Second.', role: 'body' },
    ];
    const entry: CachedSeed = { result: { ok: true, file, article, lines, blankLines: 0 }, collectionFile: serializeArticle(toCollectionEntry(article, file, lines, 0)) };
    openIngestCache(dir, 'v1').set('k', entry);
    expect(readdirSync(dir)).toEqual([]);
    expect(openIngestCache(dir, 'v1').get('k')).toBeUndefined();
  });

  test('treats a damaged entry as a miss', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'v1'));
    writeFileSync(join(dir, 'v1', 'k.json'), '{"result": ');
    expect(openIngestCache(dir, 'v1').get('k')).toBeUndefined();
  });
});

describe('normalizerVersion', () => {
  test('is a short hex hash, the same on every call', () => {
    expect(normalizerVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(normalizerVersion()).toBe(normalizerVersion());
  });
});
