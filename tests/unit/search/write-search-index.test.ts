import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { toCollectionEntry } from '../../../src/lib/article/collection-entry.ts';
import type { Article } from '../../../src/lib/article/schema.ts';
import { buildSearchIndex } from '../../../src/lib/search/build-index.ts';
import { writeSearchIndex } from '../../../src/lib/search/write-search-index.ts';
import { serializeArticle } from '../../../src/lib/ingest/serialize-article.ts';
import { fileHashes } from '../../helpers/run-script.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const article = (n: number, body: string[]): Article => ({
  id: `00${n}`,
  slug: `article-${n}-abc12${n}`,
  title: `Article number ${n}`,
  titleSource: 'headline',
  date: n % 2 === 0 ? `202${n}-03` : null,
  dateSource: n % 2 === 0 ? 'explicit' : null,
  dateEstimate: null,
  byline: null,
  authors: [],
  source: n === 1 ? 'AFP' : null,
  url: null,
  body,
  blocks: body.map((text) => ({ kind: 'paragraph' as const, text })),
  removed: [],
  warnings: [],
});

const articles = [
  article(1, ['Harbour plans were approved on Tuesday.', 'The council voted in favour.']),
  article(2, ['A tram line opens to the harbour.']),
  article(3, ['The library extends its hours <b>again</b>.']),
];

const entries = articles.map((a) => toCollectionEntry(a, `${a.id}.txt`, a.body.map((text) => ({ text, role: 'body' }))));

function collection(): string {
  const dir = tempDir();
  for (const entry of entries) writeFileSync(join(dir, `${entry.slug}.json`), serializeArticle(entry));
  writeFileSync(join(dir, 'notes.txt'), 'not a collection file');
  return dir;
}

describe('writeSearchIndex', () => {
  test('writes exactly the files buildSearchIndex makes of the collection', async () => {
    const outDir = join(tempDir(), 'search-index');
    const expected = buildSearchIndex(entries);
    const done = await writeSearchIndex({ collectionDir: collection(), outDir });
    expect(done).toEqual({ paths: [...expected.keys()], written: expected.size, patched: false });
    for (const [path, text] of expected) expect(readFileSync(join(outDir, path), 'utf8')).toBe(text);
  });

  test('keeps the documents’ numbers, and given the last files record, writes only the files that changed', async () => {
    const dir = collection();
    const keep = tempDir();
    const orderFile = join(keep, 'order.txt');
    const firstRecord = join(keep, 'first.files');
    const secondRecord = join(keep, 'second.files');
    const first = join(tempDir(), 'first');
    await writeSearchIndex({ collectionDir: dir, outDir: first, orderFile, filesRecord: firstRecord });
    // An article added whose slug sorts first: by slug, every document's number would move.
    const added = toCollectionEntry(article(4, ['A ferry joins the harbour fleet.']), '004.txt', []);
    writeFileSync(join(dir, 'aaa-added-000004.json'), serializeArticle({ ...added, slug: 'aaa-added-000004' }));
    const second = join(tempDir(), 'second');
    const done = await writeSearchIndex({ collectionDir: dir, outDir: second, orderFile, previousFiles: firstRecord, filesRecord: secondRecord });
    expect(readFileSync(orderFile, 'utf8').split('\n')).toEqual([...entries.map((e) => e.slug).sort(), 'aaa-added-000004', '']);
    expect(JSON.parse(readFileSync(join(second, 'docs', '3.json'), 'utf8'))).toMatchObject({ slug: 'aaa-added-000004' });
    expect(existsSync(join(second, 'docs', '0.json'))).toBe(false);
    expect(done.written).toBeLessThan(done.paths.length);
    // The changed files over the first output give what a full write of the same order gives.
    const full = join(tempDir(), 'full');
    await writeSearchIndex({ collectionDir: dir, outDir: full, orderFile });
    cpSync(second, first, { recursive: true });
    const wanted = new Set(done.paths);
    expect(Object.fromEntries(Object.entries(fileHashes(first)).filter(([path]) => wanted.has(path)))).toEqual(fileHashes(full));
    expect(readFileSync(secondRecord, 'utf8').trim().split('\n')).toHaveLength(done.paths.length);
  });

  test('given the collection’s files and stamps, neither lists the folder nor stats a file', async () => {
    const dir = collection();
    const documentsRecord = join(tempDir(), 'documents');
    // As the build took them: by file name, in name order. A file the build did not list is not read.
    const collectionStamps = new Map(entries.map((e) => [`${e.slug}.json`, `stamp-of-${e.slug}`] as const).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(join(dir, 'broken-123456.json'), '{"slug": "broken-123456"}');
    const outDir = join(tempDir(), 'search-index');
    const done = await writeSearchIndex({ collectionDir: dir, outDir, documentsRecord, collectionStamps });
    expect(done.paths).toEqual([...buildSearchIndex(entries).keys()]);
    const recorded = readFileSync(documentsRecord, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as string[]);
    expect(recorded.map(([slug, stamp]) => [slug, stamp])).toEqual([...collectionStamps].map(([name, stamp]) => [name.replace(/\.json$/, ''), stamp]));
  });

  test('names a collection file that is not an entry, and says how to fix it', async () => {
    const dir = collection();
    writeFileSync(join(dir, 'broken-123456.json'), '{"slug": "broken-123456"}');
    await expect(writeSearchIndex({ collectionDir: dir, outDir: join(tempDir(), 'out') })).rejects.toThrow(
      /broken-123456\.json is not a collection entry .*npm run ingest/,
    );
  });

  test('names a collection file that holds another article than its name says', async () => {
    const dir = collection();
    const moved = entries[1];
    if (moved === undefined) throw new Error('the fixture has three entries');
    writeFileSync(join(dir, 'renamed-123456.json'), serializeArticle(moved));
    await expect(writeSearchIndex({ collectionDir: dir, outDir: join(tempDir(), 'out') })).rejects.toThrow(
      new RegExp(`renamed-123456\\.json holds the article ${moved.slug}, but a collection file is named by its slug.*npm run ingest`),
    );
  });

  test('writes an index with no documents for an empty collection', async () => {
    const dir = join(tempDir(), 'empty');
    mkdirSync(dir);
    const outDir = join(tempDir(), 'out');
    await writeSearchIndex({ collectionDir: dir, outDir });
    expect(JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8'))).toMatchObject({ documentCount: 0 });
  });
});
