import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, orderArticles, toSearchDocument } from '../../../src/lib/search/build-index.ts';
import { openKeptCounts } from '../../../src/lib/search/kept-counts.ts';
import { countDocument } from '../../../src/lib/search/minisearch-internals.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { generateArchive } from './generate-archive.ts';

const articles = generateArchive(60, 2);
const docs = orderArticles(articles).map(toSearchDocument);
const fresh = buildSearchIndex(articles);

/** Counts kept by one build of `kept`'s articles, saved to a file; returns its path. */
function keptBy(kept: typeof articles): string {
  const path = join(tempDir(), 'counts.ndjson');
  const counts = openKeptCounts(undefined, path);
  buildSearchIndex(kept, { count: (doc) => counts.count(doc) });
  counts.save();
  return path;
}

describe('openKeptCounts', () => {
  test('gives each document the counts countDocument gives, from the kept file', () => {
    const counts = openKeptCounts(keptBy(articles));
    for (const doc of docs) expect(counts.count(doc)).toEqual(countDocument(doc));
  });

  test.each([
    ['every document kept', articles],
    ['some documents kept (an article added and one changed since)', articles.slice(0, 40).map((a, i) => (i === 3 ? { ...a, title: `${a.title} (corrected)` } : a))],
    ['no document kept', []],
  ])('an index built from counts kept gives the same files as one counted afresh: %s', (_, kept) => {
    const counts = openKeptCounts(keptBy(kept));
    expect(buildSearchIndex(articles, { count: (doc) => counts.count(doc) })).toEqual(fresh);
  });

  test('counts afresh what a damaged or missing file cannot give', () => {
    const path = keptBy(articles);
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, [lines[0]?.slice(0, 30), 'not json', ...lines.slice(1)].join('\n'));
    const damaged = openKeptCounts(path);
    expect(buildSearchIndex(articles, { count: (doc) => damaged.count(doc) })).toEqual(fresh);
    const missing = openKeptCounts(join(tempDir(), 'none.ndjson'));
    expect(buildSearchIndex(articles, { count: (doc) => missing.count(doc) })).toEqual(fresh);
  });

  test('saves only the documents of its own build', () => {
    const path = keptBy(articles);
    const again = join(tempDir(), 'again.ndjson');
    const counts = openKeptCounts(path, again);
    buildSearchIndex(articles.slice(0, 10), { count: (doc) => counts.count(doc) });
    counts.save();
    expect(readFileSync(again, 'utf8').trim().split('\n')).toHaveLength(10);
  });

  test('saves a damaged line counted afresh, not as it was read', () => {
    const path = keptBy(articles);
    const lines = readFileSync(path, 'utf8').split('\n');
    const digest = /^\["([^"]+)"/u.exec(lines[0] ?? '')?.[1] ?? '';
    writeFileSync(path, [`["${digest}",1]`, ...lines.slice(1)].join('\n'));
    const again = join(tempDir(), 'again.ndjson');
    const counts = openKeptCounts(path, again);
    buildSearchIndex(articles, { count: (doc) => counts.count(doc) });
    counts.save();
    expect(readFileSync(again, 'utf8').split('\n')[0]).toBe(lines[0]);
  });

  test('saves the file whole or not at all: a build given up leaves the last one', () => {
    const path = keptBy(articles);
    const before = readFileSync(path, 'utf8');
    const counts = openKeptCounts(path, path);
    buildSearchIndex(articles.slice(0, 10), { count: (doc) => counts.count(doc) });
    counts.discard();
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});
