import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SearchArticle } from '../../../src/lib/search/build-index.ts';
import { patchedGaps } from '../../../src/lib/search/patch-index.ts';
import { writeSearchIndex, type IndexWrite } from '../../../src/lib/search/write-search-index.ts';
import { fileHashes } from '../../helpers/run-script.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { generateArchive } from './generate-archive.ts';

const pool = generateArchive(80, 7);

/** A collection folder, the index as the output holds it, and the records a build keeps for the next. */
interface Site {
  readonly collection: string;
  readonly out: string;
  readonly keep: string;
  /** The posting shards' size: small ones cut each word group into many shards. */
  readonly shardBytes?: number;
}

function site(articles: readonly SearchArticle[], shardBytes?: number): Site {
  const root = tempDir();
  const s = { collection: join(root, 'collection'), out: join(root, 'out'), keep: join(root, 'keep'), ...(shardBytes === undefined ? {} : { shardBytes }) };
  mkdirSync(s.collection);
  mkdirSync(s.keep);
  for (const a of articles) put(s, a);
  return s;
}

/** Write an article's collection file as the ingest does: a new file renamed into place. */
function put(s: Site, article: SearchArticle): void {
  const path = join(s.collection, `${article.slug}.json`);
  writeFileSync(`${path}.tmp`, JSON.stringify(article));
  renameSync(`${path}.tmp`, path);
}

function remove(s: Site, slug: string): void {
  rmSync(join(s.collection, `${slug}.json`));
}

/**
 * A build's index as `npm run build` makes it: written into a staging folder (every file, or in an
 * incremental build the changed ones), then put over the output, whose files no longer built go.
 */
async function build(s: Site, incremental: boolean): Promise<IndexWrite> {
  const scratch = tempDir();
  const staging = join(scratch, 'staging');
  const next = join(s.keep, 'next');
  const done = await writeSearchIndex({
    collectionDir: s.collection,
    outDir: staging,
    countsFile: join(s.keep, 'counts.ndjson'),
    reuseCounts: incremental,
    orderFile: join(s.keep, 'order.txt'),
    ...(incremental ? { previousFiles: join(s.keep, 'files'), previousIndex: s.out, previousDocuments: join(s.keep, 'documents') } : {}),
    filesRecord: join(next, 'files'),
    documentsRecord: join(next, 'documents'),
    ...(s.shardBytes === undefined ? {} : { shardBytes: s.shardBytes }),
  });
  if (!incremental) rmSync(s.out, { recursive: true, force: true });
  cpSync(staging, s.out, { recursive: true });
  const built = new Set(done.paths);
  for (const path of Object.keys(fileHashes(s.out))) if (!built.has(path)) rmSync(join(s.out, path));
  for (const name of readdirSync(next)) renameSync(join(next, name), join(s.keep, name));
  // Removed now rather than with the file's other folders: a random sequence makes hundreds.
  rmSync(scratch, { recursive: true, force: true });
  return done;
}

/** What a full build of the collection gives, numbering the documents as the last build's order says. */
async function fullBuild(s: Site, order: string): Promise<Record<string, string>> {
  const scratch = tempDir();
  const outDir = join(scratch, 'full');
  const orderFile = join(scratch, 'order.txt');
  if (existsSync(order)) cpSync(order, orderFile);
  await writeSearchIndex({ collectionDir: s.collection, outDir, orderFile, ...(s.shardBytes === undefined ? {} : { shardBytes: s.shardBytes }) });
  const hashes = fileHashes(outDir);
  rmSync(scratch, { recursive: true, force: true });
  return hashes;
}

/** An incremental build after `change`, checked against a full build of the same documents. */
async function expectPatchEqualsFull(s: Site, change: () => void): Promise<IndexWrite> {
  const order = join(tempDir(), 'order-before.txt');
  cpSync(join(s.keep, 'order.txt'), order);
  change();
  const done = await build(s, true);
  expect(fileHashes(s.out)).toEqual(await fullBuild(s, order));
  return done;
}

const edited = (a: SearchArticle, n: number): SearchArticle => ({ ...a, title: `${a.title} corrected ${n}`, body: [...a.body.slice(1), `Kestrel update number ${n} on the ferry timetable.`] });

describe.each([
  ['shards of the size a build uses', undefined],
  ['word groups cut into many small shards', 300],
])('an incremental index (patchedIndexFiles), %s', (_, shardBytes) => {
  test.each([
    ['an article added', (s: Site) => put(s, pool[40] as SearchArticle)],
    ['an article changed', (s: Site) => put(s, edited(pool[3] as SearchArticle, 1))],
    ['an article removed (the last document takes its number)', (s: Site) => remove(s, (pool[5] as SearchArticle).slug)],
    ['an article renamed', (s: Site) => (remove(s, (pool[7] as SearchArticle).slug), put(s, { ...(pool[7] as SearchArticle), slug: 'zz-renamed-article' }))],
    ['only its date changed (its text, and so its counts, the same)', (s: Site) => put(s, { ...(pool[9] as SearchArticle), date: '1999-12-31' })],
    ['every article of a word removed', (s: Site) => pool.slice(0, 40).filter((a) => a.body.join(' ').includes('Kestrel')).forEach((a) => remove(s, a.slug))],
  ])('%s: patches the last index, and equals a full build', async (_, change) => {
    const s = site(pool.slice(0, 40), shardBytes);
    await build(s, false);
    const done = await expectPatchEqualsFull(s, () => change(s));
    expect(done.patched).toBe(true);
    expect(done.written).toBeLessThan(done.paths.length);
  });

  test('indexes every document again when the last index or its records are missing or damaged', async () => {
    const s = site(pool.slice(0, 20), shardBytes);
    await build(s, false);
    writeFileSync(join(s.keep, 'documents'), 'not a record\n');
    expect((await expectPatchEqualsFull(s, () => put(s, pool[30] as SearchArticle))).patched).toBe(false);
    writeFileSync(join(s.out, 'manifest.json'), '{"cut short');
    expect((await expectPatchEqualsFull(s, () => put(s, pool[33] as SearchArticle))).patched).toBe(false);
    rmSync(join(s.out, 'words'), { recursive: true });
    rmSync(join(s.keep, 'files'));
    expect((await expectPatchEqualsFull(s, () => put(s, pool[31] as SearchArticle))).patched).toBe(false);
    expect((await expectPatchEqualsFull(s, () => put(s, pool[32] as SearchArticle))).patched).toBe(true);
  });

  test("a damaged word list in the last build's output is named, with the fix", async () => {
    const s = site(pool.slice(0, 20), shardBytes);
    await build(s, false);
    for (const name of readdirSync(join(s.out, 'words'))) writeFileSync(join(s.out, 'words', name), '{"terms": 3}');
    put(s, pool[30] as SearchArticle);
    await expect(build(s, true)).rejects.toThrow(/words\/\S+\.json in the last build's output is not a word list; build again with --full/);
  });

  test('over random sequences of adds, changes, renames and removes, equals a full build after each', async () => {
    const op = fc.tuple(fc.constantFrom('add', 'change', 'rename', 'remove'), fc.nat(79));
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 5 }), async (ops) => {
        const present = new Map(pool.slice(0, 12).map((a) => [a.slug, a]));
        const s = site([...present.values()], shardBytes);
        await build(s, false);
        for (const [n, [kind, k]] of ops.entries()) {
          const chosen = [...present.values()][k % Math.max(1, present.size)];
          const done = await expectPatchEqualsFull(s, () => {
            if (kind === 'add' || chosen === undefined) {
              const added = pool[12 + (k % 68)] as SearchArticle;
              present.set(added.slug, added);
              put(s, added);
            } else if (kind === 'change') {
              const changed = edited(chosen, n);
              present.set(chosen.slug, changed);
              put(s, changed);
            } else {
              present.delete(chosen.slug);
              remove(s, chosen.slug);
              if (kind === 'rename') {
                const renamed = { ...chosen, slug: `renamed-${n}-${chosen.slug}` };
                present.set(renamed.slug, renamed);
                put(s, renamed);
              }
            }
          });
          expect(done.patched).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('patchedGaps', () => {
  test.each([
    { name: 'nothing changed', gaps: [1, 5, 3, 2], gone: [], added: [], expected: [1, 5, 3, 2] },
    { name: 'added after the last', gaps: [1, 5, 3, 2], gone: [9], added: [9, 1], expected: [1, 5, 3, 2, 5, 1] },
    { name: 'added before the first', gaps: [3, 5, 1, 2], gone: [0], added: [0, 7], expected: [0, 7, 3, 5, 1, 2] },
    { name: 'a document changed in place', gaps: [1, 1, 4, 5, 4, 9], gone: [5], added: [5, 2], expected: [1, 1, 4, 2, 4, 9] },
    { name: 'a document removed between two', gaps: [1, 1, 4, 5, 4, 9], gone: [5], added: [], expected: [1, 1, 8, 9] },
    { name: 'the only document removed', gaps: [6, 3], gone: [6], added: [], expected: [] },
    { name: 'a list that was empty', gaps: [], gone: [3, 8], added: [3, 2, 8, 1], expected: [3, 2, 5, 1] },
    { name: 'a gone document the list lacks', gaps: [2, 1, 2, 1], gone: [3], added: [], expected: [2, 1, 2, 1] },
  ])('$name', ({ gaps, gone, added, expected }) => {
    expect(patchedGaps(gaps, Int32Array.from(gone), added)).toEqual(expected);
  });

  test('gives what decoding the list, taking the gone documents out, putting the added in and encoding it again gives', () => {
    const docs = fc.uniqueArray(fc.nat(300), { maxLength: 40 }).map((list) => list.sort((a, b) => a - b));
    fc.assert(
      fc.property(docs, docs, docs, (kept, goneOnly, changed) => {
        // Every added document is a changed one, so gone too, as a patch makes them.
        const gone = [...new Set([...goneOnly, ...changed])].sort((a, b) => a - b);
        const gaps = kept.flatMap((doc, i) => [doc - (i === 0 ? 0 : (kept[i - 1] ?? 0)), (doc % 5) + 1]);
        const added = changed.flatMap((doc) => [doc, (doc % 3) + 1]);
        const pairs = [...kept.filter((doc) => !gone.includes(doc)).map((doc) => [doc, (doc % 5) + 1]), ...changed.map((doc) => [doc, (doc % 3) + 1])].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
        const expected = pairs.flatMap(([doc = 0, freq = 0], i) => [doc - (i === 0 ? 0 : (pairs[i - 1]?.[0] ?? 0)), freq]);
        expect(patchedGaps(gaps, Int32Array.from(gone), added)).toEqual(expected);
      }),
    );
  });
});
