import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSearchIndex, orderArticles, toSearchDocument } from '../../../src/lib/search/build-index.ts';
import { offsetsPathFor, readCountsFile } from '../../../src/lib/search/counts-file.ts';
import { documentDigest, openKeptCounts } from '../../../src/lib/search/kept-counts.ts';
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

  test('a build that uses most kept lines appends the lines it counted and leaves the rest where they are', () => {
    const path = keptBy(articles);
    const before = readFileSync(path);
    const corrected = { ...docs[3]!, title: `${docs[3]!.title} (corrected)` };
    const counts = openKeptCounts(path, path);
    docs.forEach((doc, i) => (i === 3 ? counts.count(corrected) : expect(counts.carry(documentDigest(doc))).toBe(true)));
    counts.save();
    const after = readFileSync(path);
    expect(after.subarray(0, before.length)).toEqual(before);
    expect(lineCount(path)).toBe(docs.length + 1);
    const again = openKeptCounts(path);
    for (const doc of [...docs, corrected]) expect(again.count(doc)).toEqual(countDocument(doc));
  });

  test('a file that would be a third or more lines no document uses is written anew with only those used', () => {
    const path = keptBy(articles);
    const counts = openKeptCounts(path, path);
    for (const doc of docs.slice(0, 20)) counts.carry(documentDigest(doc));
    counts.save();
    expect(lineCount(path)).toBe(20);
    expect(lineCount(offsetsPathFor(path))).toBe(20);
    const again = openKeptCounts(path);
    for (const doc of docs.slice(0, 20)) expect(again.peek(documentDigest(doc))).toEqual(countDocument(doc));
  });

  test('finds the lines of a file without offsets, and counts afresh a line its offsets misplace', () => {
    const path = keptBy(articles);
    rmSync(offsetsPathFor(path));
    const scanned = openKeptCounts(path);
    for (const doc of docs) expect(scanned.count(doc)).toEqual(countDocument(doc));
    const moved = keptBy(articles);
    writeFileSync(moved, `${readFileSync(moved, 'utf8').split('\n').reverse().join('\n')}\n`);
    const misplaced = openKeptCounts(moved);
    expect(misplaced.peek(documentDigest(docs[0]!))).toBeUndefined();
    for (const doc of docs) expect(misplaced.count(doc)).toEqual(countDocument(doc));
  });

  test('gives the same lines read one by one as once the file is read whole', () => {
    const file = readCountsFile(keptBy(articles));
    const digests = docs.map(documentDigest);
    const first = digests.map((digest) => file.line(digest));
    for (let round = 0; round < 5; round++) expect(digests.map((digest) => file.line(digest))).toEqual(first);
    expect(first.every((line) => line !== undefined)).toBe(true);
  });
});

function lineCount(path: string): number {
  return readFileSync(path, 'utf8').trim().split('\n').length;
}
