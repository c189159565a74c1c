// The content-hash cache and the collection's durability across runs: a warm run normalizes
// nothing and rewrites nothing; one new seed normalizes one file; other seeds coming and
// going never change an article's slug or file.
import { mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestPath } from '../../src/lib/ingest/ingest-manifest.ts';
import { normalizerVersion } from '../../src/lib/ingest/normalizer-version.ts';
import { collectionFields, readFiles, runScript, snapshotDir, summaryCounts } from '../helpers/run-script.ts';
import { plainArticle, writeSeeds } from '../helpers/seed-files.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** The collection file written for a seed, and its text. */
function pageOf(collection: string, seed: string): [string, string] {
  const found = Object.entries(readFiles(collection)).find(([, text]) => collectionFields(text)['file'] === seed);
  if (!found) throw new Error(`no page for ${seed}`);
  return found;
}

function setUp() {
  const root = tempDir('archive-cache-');
  const seeds = writeSeeds(join(root, 'seeds'), {
    'a.txt': plainArticle('Harbour plan approved', 'harbour'),
    'b.txt': plainArticle('Tram line opens', 'tram'),
    'c.txt': plainArticle('Library extends its hours', 'library'),
  });
  const collection = join(root, 'articles');
  const ingest = () => runScript('ingest', ['--seeds', seeds, '--collection', collection, '--cache', join(root, 'cache')]);
  return { seeds, collection, ingest };
}

describe('ingest cache', () => {
  test('a warm run normalizes nothing and rewrites nothing; a new seed normalizes one file', async () => {
    const { seeds, collection, ingest } = setUp();
    expect(summaryCounts((await ingest()).stderr)).toEqual({ written: 3, unchanged: 0, removed: 0, normalized: 3, cached: 0 });
    const mtimes = Object.fromEntries(Object.keys(readFiles(collection)).map((f) => [f, statSync(join(collection, f)).mtimeMs]));

    const warm = await ingest();
    expect(warm.code).toBe(0);
    expect(summaryCounts(warm.stderr)).toEqual({ written: 0, unchanged: 3, removed: 0, normalized: 0, cached: 3 });
    for (const [f, mtime] of Object.entries(mtimes)) expect(statSync(join(collection, f)).mtimeMs).toBe(mtime);

    writeFileSync(join(seeds, 'd.txt'), plainArticle('Bridge reopens after repairs', 'bridge'));
    expect(summaryCounts((await ingest()).stderr)).toEqual({ written: 1, unchanged: 3, removed: 0, normalized: 1, cached: 3 });
  }, 60_000);

  test('an edited seed is normalized again and its file rewritten', async () => {
    const { seeds, ingest } = setUp();
    await ingest();
    writeFileSync(join(seeds, 'b.txt'), plainArticle('Tram line opens', 'tramway'));
    expect(summaryCounts((await ingest()).stderr)).toEqual({ written: 1, unchanged: 2, removed: 0, normalized: 1, cached: 2 });
  }, 60_000);

  test('a collection file changed by hand is rewritten on the next run', async () => {
    const { collection, ingest } = setUp();
    await ingest();
    const [page, text] = pageOf(collection, 'b.txt');
    writeFileSync(join(collection, page), `${text}\nedited by hand\n`);
    // Its seed is normalized again (the collection file was its only copy); the others are left alone.
    expect(summaryCounts((await ingest()).stderr)).toMatchObject({ written: 1, unchanged: 2, normalized: 1 });
    expect(readFiles(collection)[page]).toBe(text);
  }, 60_000);

  test('a copy of an article added under an earlier name takes its page, with a warning', async () => {
    const { seeds, collection, ingest } = setUp();
    await ingest();
    await ingest();
    writeFileSync(join(seeds, '0-copy.txt'), plainArticle('Harbour plan approved', 'harbour'));
    const run = await ingest();
    expect(run.stderr).toContain(
      `${join(seeds, 'a.txt')}: warning: same article as 0-copy.txt (identical title and body); only 0-copy.txt is published. Delete one of the two files. [duplicate-seed]`,
    );
    const files = Object.values(readFiles(collection)).map((text) => collectionFields(text)['file'] as unknown);
    expect(files.sort()).toEqual(['0-copy.txt', 'b.txt', 'c.txt']);
  }, 60_000);

  test('gives the same collection with and without the cache', async () => {
    const { seeds, collection, ingest } = setUp();
    await ingest();
    await ingest();
    const uncached = join(collection, '..', 'uncached');
    await runScript('ingest', ['--seeds', seeds, '--collection', uncached, '--no-cache']);
    expect(readFiles(collection)).toEqual(readFiles(uncached));
  }, 60_000);
});

describe('a cache that cannot be used', () => {
  test.each([
    { name: 'the cache folder is a file', damage: (cache: string) => writeFileSync(cache, 'x'), path: (cache: string) => cache },
    {
      name: 'the manifest is a folder',
      damage: (cache: string, collection: string) => mkdirSync(manifestPath(cache, normalizerVersion(), collection), { recursive: true }),
      path: (cache: string, collection: string) => manifestPath(cache, normalizerVersion(), collection),
    },
  ])('$name: each run says so once, naming the path and the fix, and still builds the collection', async ({ damage, path }) => {
    const root = tempDir('archive-cache-');
    const seeds = writeSeeds(join(root, 'seeds'), { 'a.txt': plainArticle('Harbour plan approved', 'harbour') });
    const cache = join(root, '.cache', 'ingest');
    const collection = join(root, 'articles');
    mkdirSync(join(root, '.cache'));
    damage(cache, collection);
    for (let run = 0; run < 2; run += 1) {
      const { code, stderr } = await runScript('ingest', ['--seeds', seeds, '--collection', collection, '--cache', cache]);
      expect(code).toBe(0);
      const warnings = stderr.split('\n').filter((line) => line.includes(': warning: '));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatch(new RegExp(`^${path(cache, collection)}: warning: is a (file|folder), where the ingest cache expects .*, so the cache is off.* \\[cache-unusable\\]$`));
      expect(warnings[0]).toContain(`rm -rf ${cache}`);
      expect(summaryCounts(stderr)).toMatchObject({ written: run === 0 ? 1 : 0, unchanged: run === 0 ? 0 : 1 });
    }
  }, 60_000);
});

describe('permalinks', () => {
  test('adding, removing and renaming other seeds never changes an article, its slug or its file', async () => {
    const { seeds, collection, ingest } = setUp();
    await ingest();
    const [pageOfA, textOfA] = pageOf(collection, 'a.txt');

    writeFileSync(join(seeds, '0-first.txt'), plainArticle('An article that sorts first', 'first'));
    writeFileSync(join(seeds, 'z.txt'), plainArticle('Harbour plan approved', 'another harbour'));
    rmSync(join(seeds, 'c.txt'));
    renameSync(join(seeds, 'b.txt'), join(seeds, 'b-renamed.txt'));
    const run = await ingest();
    expect(run.code).toBe(0);

    expect(pageOf(collection, 'a.txt')).toEqual([pageOfA, textOfA]);
    expect(Object.values(readFiles(collection)).map((text) => collectionFields(text)['file'] as unknown).sort()).toEqual(['0-first.txt', 'a.txt', 'b-renamed.txt', 'z.txt']);
    expect(summaryCounts(run.stderr).removed).toBe(2);
  }, 60_000);

  test('ingest never modifies the seeds', async () => {
    const { seeds, ingest } = setUp();
    const before = snapshotDir(seeds);
    await ingest();
    await ingest();
    expect(snapshotDir(seeds)).toEqual(before);
  }, 60_000);
});

describe('ingest on worker threads', () => {
  test('gives the same collection, summary and JSON as on one thread', async () => {
    const root = tempDir('archive-workers-');
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i += 1) files[`seed-${String(i).padStart(3, '0')}.txt`] = plainArticle(`Harbour report number ${i}`, `site ${i}`);
    files['seed-050.txt'] = '';
    files['seed-051.txt'] = files['seed-052.txt'] ?? '';
    const seeds = writeSeeds(join(root, 'seeds'), files);
    const run = (workers: string, out: string) =>
      runScript('ingest', ['--seeds', seeds, '--collection', join(root, out), '--no-cache', '--workers', workers]);
    const [one, two] = [await run('0', 'one'), await run('2', 'two')];
    expect(two.code).toBe(1);
    expect(two.stderr.replace(/\d+ ms\)/, '')).toBe(one.stderr.replace(/\d+ ms\)/, ''));
    expect(readFiles(join(root, 'two'))).toEqual(readFiles(join(root, 'one')));
    const json = async (workers: string) => (await runScript('ingest', ['--seeds', seeds, '--json', '--no-cache', '--workers', workers])).stdout;
    expect(await json('2')).toBe(await json('0'));
  }, 120_000);
});
