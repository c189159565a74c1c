import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/lib/article/schema';
import { ingestSeeds } from '../../../src/lib/ingest/ingest-seeds';
import { normalizerVersion } from '../../../src/lib/ingest/normalizer-version';
import { readSeed } from '../../../src/lib/ingest/read-seed';
import { stampMargins } from '../../../src/lib/ingest/seed-stamp';
import type { NormalizeResult, SeedInput } from '../../../src/lib/normalize';
import type { SeedReport } from '../../../src/lib/ingest/seed-report';
import { writeSeeds } from '../../helpers/seed-files';
import { tempDir } from '../../helpers/temp-dir';

/**
 * A stand-in normalizer whose output the seed's text dictates, so these tests pin the
 * ingest's own rules (duplicates, address collisions, schema checks) whatever the real rules do.
 * A seed's text is `title|slug|body`; the text `bad` makes an invalid record.
 */
vi.mock('../../../src/lib/normalize', () => ({
  normalize: ({ file, bytes }: SeedInput): NormalizeResult => {
    const text = new TextDecoder().decode(bytes).trim();
    const [title = '', slug = '', body = ''] = text.split('|');
    const article: Article = {
      id: file.replace(/\.txt$/i, ''),
      slug: text === 'bad' ? 'Not A Slug' : slug,
      title,
      titleSource: 'headline',
      date: null,
      dateSource: null,
      byline: null,
      source: null,
      body: [body],
      removed: [],
      warnings: [],
    };
    return { ok: true, file, article, lines: [{ text: title, role: 'title' }, { text: body, role: 'body' }] };
  },
}));

/** The real `readSeed`, counted. */
vi.mock('../../../src/lib/ingest/read-seed', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/ingest/read-seed')>();
  return { ...original, readSeed: vi.fn(original.readSeed) };
});

async function run(files: Record<string, string>) {
  const root = tempDir();
  const seedsDir = writeSeeds(join(root, 'seeds'), files);
  const reports: SeedReport[] = [];
  const collectionDir = join(root, 'articles');
  const summary = await ingestSeeds({ seedsDir, collectionDir, cacheDir: null, onReport: (r) => reports.push(r) });
  return { summary, reports, written: readdirSync(collectionDir).sort() };
}

describe('ingestSeeds', () => {
  test('refuses the later of two seeds that would share a page address, naming both', async () => {
    const { reports, written, summary } = await run({ 'a.txt': 'One|same-slug-abc123|x', 'b.txt': 'Two|same-slug-abc123|y' });
    expect(reports.map((r) => r.status)).toEqual(['ok', 'error']);
    expect(reports[1]).toMatchObject({
      error:
        'b.txt: its page address /articles/same-slug-abc123/ is already taken by a.txt. Give one of the two a different `slug:` in its front matter (or remove a duplicated one), or rename one of the files.',
    });
    expect(written).toEqual(['same-slug-abc123.json']);
    expect(summary.errors.map((e) => e.file)).toEqual(['b.txt']);
  });

  test('publishes the first of two identical articles and warns on the second, naming both', async () => {
    const { reports, written, summary } = await run({ 'b.txt': 'T|t-111111|body', 'a.txt': 'T|t-222222|body' });
    expect(reports.map((r) => [r.file, r.status, r.status === 'ok' ? r.outcome : r.error])).toEqual([
      ['a.txt', 'ok', 'written'],
      ['b.txt', 'ok', 'duplicate'],
    ]);
    expect(written).toEqual(['t-222222.json']);
    expect(summary.warnings).toEqual([
      { file: 'b.txt', message: 'b.txt: same article as a.txt (identical title and body); only a.txt is published. Delete one of the two files.' },
    ]);
  });

  test('turns a record that breaks the schema into an error naming the file and the field', async () => {
    const { reports, written } = await run({ 'a.txt': 'bad' });
    expect(reports[0]?.status).toBe('error');
    expect(reports[0]?.status === 'error' && reports[0].error).toMatch(
      /^a\.txt: the normalizer made a record that does not fit the article schema \(slug: expected lowercase words joined by hyphens; body\.0: .*\)\. This is a bug in the normalizer: report it with this file\.$/,
    );
    expect(written).toEqual([]);
  });

  test('counts what it wrote and left alone', async () => {
    const files = { 'a.txt': 'A|a-111111|x', 'b.txt': 'B|b-222222|y' };
    const root = tempDir();
    const seedsDir = writeSeeds(join(root, 'seeds'), files);
    const options = { seedsDir, collectionDir: join(root, 'articles'), cacheDir: join(root, 'cache') };
    expect(await ingestSeeds(options)).toMatchObject({ seeds: 2, written: 2, unchanged: 0, normalized: 2, cached: 0 });
    expect(await ingestSeeds(options)).toMatchObject({ seeds: 2, written: 0, unchanged: 2, normalized: 0, cached: 2 });
  });

  test('a warm run reads no seed whose file stamp and collection file are as the last run left them', async () => {
    const root = tempDir();
    const seedsDir = writeSeeds(join(root, 'seeds'), { 'a.txt': 'A|a-111111|x', 'b.txt': 'B|b-222222|y', 'c.txt': 'C|c-333333|z' });
    // Old enough for their stamps to be trusted.
    await new Promise((resolve) => setTimeout(resolve, stampMargins.fineMs + 50));
    const options = { seedsDir, collectionDir: join(root, 'articles'), cacheDir: join(root, 'cache') };
    const reads = vi.mocked(readSeed);
    const readsIn = async () => {
      reads.mockClear();
      const summary = await ingestSeeds(options);
      return { summary, read: reads.mock.calls.map(([seed]) => seed.file) };
    };
    expect((await readsIn()).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const warm = await readsIn();
    expect(warm.read).toEqual([]);
    expect(warm.summary).toMatchObject({ written: 0, unchanged: 3, normalized: 0, cached: 3, errors: [] });

    // An edit of the same size is read and normalized again; the others are still not read.
    writeFileSync(join(seedsDir, 'b.txt'), 'B|b-222222|w');
    const edited = await readsIn();
    expect(edited.read).toEqual(['b.txt']);
    expect(edited.summary).toMatchObject({ written: 1, unchanged: 2, normalized: 1 });
    expect(readFileSync(join(root, 'articles', 'b-222222.json'), 'utf8')).toContain('"w"');
  });

  test("a run that writes its manifest removes the cache folders of other normalizer versions", async () => {
    const root = tempDir();
    const seedsDir = writeSeeds(join(root, 'seeds'), { 'a.txt': 'A|a-111111|x' });
    const cacheDir = join(root, 'cache');
    mkdirSync(join(cacheDir, '0123456789abcdef'), { recursive: true });
    writeFileSync(join(cacheDir, '0123456789abcdef', 'manifest-000000000000.json'), '{}');
    await ingestSeeds({ seedsDir, collectionDir: join(root, 'articles'), cacheDir });
    expect(readdirSync(cacheDir)).toEqual([normalizerVersion()]);
  });
});
