import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { collectionStamps } from '../../../src/lib/article/collection-files.ts';
import type { Article } from '../../../src/lib/article/schema.ts';
import { ingestSeeds } from '../../../src/lib/ingest/ingest-seeds.ts';
import { normalizerVersion } from '../../../src/lib/ingest/normalizer-version.ts';
import { readSeed } from '../../../src/lib/ingest/read-seed.ts';
import { stampMargins } from '../../../src/lib/ingest/seed-stamp.ts';
import type { NormalizeResult, SeedInput } from '../../../src/lib/normalize/index.ts';
import type { SeedReport } from '../../../src/lib/ingest/seed-report.ts';
import { writeSeeds } from '../../helpers/seed-files.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/**
 * A stand-in normalizer whose output the seed's text dictates, so these tests pin the
 * ingest's own rules (duplicates, address collisions, schema checks) whatever the real rules do.
 * A seed's text is `title|slug|body`, or `title|slug|body|note` for a record with a warning on
 * line 2 saying `note`; the text `bad` makes an invalid record.
 */
vi.mock('../../../src/lib/normalize/index.ts', () => ({
  normalize: ({ file, bytes }: SeedInput): NormalizeResult => {
    const text = new TextDecoder().decode(bytes).trim();
    const [title = '', slug = '', body = '', note] = text.split('|');
    const article: Article = {
      id: file.replace(/\.txt$/i, ''),
      slug: text === 'bad' ? 'Not A Slug' : slug,
      title,
      titleSource: 'headline',
      date: null,
      dateSource: null,
      dateEstimate: null,
      byline: null,
      authors: [],
      source: null,
      url: null,
      body: [body],
      blocks: [{ kind: 'paragraph', text: body }],
      removed: [],
      warnings: note === undefined ? [] : [{ file, rule: 'front-matter-unknown-key', message: note, line: 2, severity: 'warning' }],
    };
    return { ok: true, file, article, lines: [{ text: title, role: 'title' }, { text: body, role: 'body' }], blankLines: 1 };
  },
}));

/** The real `readSeed`, counted. */
vi.mock('../../../src/lib/ingest/read-seed.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/lib/ingest/read-seed.ts')>();
  return { ...original, readSeed: vi.fn(original.readSeed) };
});

/**
 * Three seeds, and an ingest with the cache and the manifest that says which seeds it read.
 * `aged`: wait until the seeds are old enough for their file stamps to be trusted.
 */
async function warmSetUp({ aged }: { aged: boolean }) {
  const root = tempDir();
  const seedsDir = writeSeeds(join(root, 'seeds'), { 'a.txt': 'A|a-111111|x', 'b.txt': 'B|b-222222|y', 'c.txt': 'C|c-333333|z' });
  if (aged) await new Promise((resolve) => setTimeout(resolve, stampMargins.fineMs + 50));
  const reads = vi.mocked(readSeed);
  const ingest = async (options: { maxSeedBytes?: number; deferManifest?: boolean } = {}) => {
    reads.mockClear();
    const summary = await ingestSeeds({ seedsDir, collectionDir: join(root, 'articles'), cacheDir: join(root, 'cache'), ...options });
    return { summary, read: reads.mock.calls.map(([seed]) => seed.file) };
  };
  return { root, seedsDir, ingest };
}

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
      error: {
        file: 'b.txt',
        rule: 'slug-taken',
        message:
          'its page address /articles/same-slug-abc123/ is already taken by a.txt. Give one of the two a different `slug:` in its front matter (or remove a duplicated one), or rename one of the files.',
        severity: 'error',
      },
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
    expect(summary.warnings).toStrictEqual([
      {
        file: 'b.txt',
        rule: 'duplicate-seed',
        message: 'same article as a.txt (identical title and body); only a.txt is published. Delete one of the two files.',
        severity: 'warning',
      },
    ]);
  });

  test('publishes the first of two versions of one article (saved page, copied text) and warns on the second', async () => {
    const lead = 'The council voted on Tuesday to close the old bridge for a year of repairs';
    const { reports, written, summary } = await run({ 'story.txt': `Bridge closes|t-111111|${lead}.`, 'story.html': `Bridge closes|t-222222|${lead}, officials said.` });
    expect(reports.map((r) => [r.file, r.status, r.status === 'ok' ? r.outcome : r.error])).toEqual([
      ['story.html', 'ok', 'written'],
      ['story.txt', 'ok', 'duplicate'],
    ]);
    expect(written).toEqual(['t-222222.json']);
    expect(summary.warnings).toStrictEqual([
      {
        file: 'story.txt',
        rule: 'duplicate-version',
        message:
          'another version of story.html (the same headline and opening); only story.html is published. Keep the version you prefer first in file-name order, or delete one of the two files.',
        severity: 'warning',
      },
    ]);
  });

  test('turns a record that breaks the schema into an error naming the file and the field', async () => {
    const { reports, written } = await run({ 'a.txt': 'bad' });
    expect(reports[0]?.status).toBe('error');
    expect(reports[0]?.status === 'error' && reports[0].error).toStrictEqual({
      file: 'a.txt',
      rule: 'record-invalid',
      message: expect.stringMatching(
        /^the normalizer made a record that does not fit the article schema \(slug: expected lowercase words joined by hyphens; body\.0: .*\)\. This is a bug in the normalizer: report it with this file\.$/,
      ),
      severity: 'error',
    });
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
    const { root, seedsDir, ingest } = await warmSetUp({ aged: true });
    expect((await ingest()).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const warm = await ingest();
    expect(warm.read).toEqual([]);
    expect(warm.summary).toMatchObject({ written: 0, unchanged: 3, normalized: 0, cached: 3, errors: [] });

    // An edit of the same size is read and normalized again; the others are still not read.
    writeFileSync(join(seedsDir, 'b.txt'), 'B|b-222222|w');
    const edited = await ingest();
    expect(edited.read).toEqual(['b.txt']);
    expect(edited.summary).toMatchObject({ written: 1, unchanged: 2, normalized: 1 });
    expect(readFileSync(join(root, 'articles', 'b-222222.json'), 'utf8')).toContain('"w"');
    // The collection's stamps it gives, from the stats it read, are what a listing reads.
    expect(edited.summary.collectionStamps).toEqual(collectionStamps(join(root, 'articles')));
    expect(warm.summary.collectionStamps?.size).toBe(3);
  });

  test("a warm run that reads no seed still reports each seed's warnings, with their rule and line", async () => {
    const root = tempDir();
    const seedsDir = writeSeeds(join(root, 'seeds'), { 'a.txt': 'A|a-111111|x|unknown field', 'b.txt': 'B|b-222222|y' });
    await new Promise((resolve) => setTimeout(resolve, stampMargins.fineMs + 50));
    const options = { seedsDir, collectionDir: join(root, 'articles'), cacheDir: join(root, 'cache') };
    const cold = await ingestSeeds(options);
    const warm = await ingestSeeds(options);
    expect(warm).toMatchObject({ normalized: 0, unchanged: 2 });
    expect(cold.warnings).toStrictEqual([{ file: 'a.txt', rule: 'front-matter-unknown-key', message: 'unknown field', line: 2, severity: 'warning' }]);
    expect(warm.warnings).toStrictEqual(cold.warnings);
  });

  test('seeds that changed just before they were read carry no stamp, so the next run reads them', async () => {
    const { seedsDir, ingest } = await warmSetUp({ aged: false });
    // Read at the moment of their last change, however long this machine took to get there.
    const changed = Math.max(...readdirSync(seedsDir).map((file) => statSync(join(seedsDir, file)).ctimeMs));
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Math.ceil(changed));
    try {
      await ingest();
    } finally {
      clock.mockRestore();
    }
    expect((await ingest()).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  test('an unchanged warm run leaves the manifest file as it was', async () => {
    const { root, ingest } = await warmSetUp({ aged: true });
    await ingest();
    const manifest = readdirSync(join(root, 'cache'), { recursive: true, encoding: 'utf8' }).find((f) => f.includes('manifest-'));
    if (manifest === undefined) throw new Error('no manifest written');
    const path = join(root, 'cache', manifest);
    const before = statSync(path);
    await ingest();
    expect(statSync(path)).toMatchObject({ ino: before.ino, mtimeMs: before.mtimeMs });
  });

  test('a run that leaves its manifest to the caller saves it when asked, once', async () => {
    const { root, ingest } = await warmSetUp({ aged: true });
    const manifests = () => (existsSync(join(root, 'cache')) ? readdirSync(join(root, 'cache'), { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('manifest-')) : []);
    const first = await ingest({ deferManifest: true });
    expect(manifests()).toEqual([]);
    // Unsaved: the next run reads every seed again, as with no manifest.
    expect((await ingest({ deferManifest: true })).read).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(first.summary.saveManifest).toBeTypeOf('function');
    const saved = await ingest({ deferManifest: true });
    saved.summary.saveManifest?.();
    const path = join(root, 'cache', manifests()[0] ?? '');
    const written = statSync(path);
    saved.summary.saveManifest?.();
    expect(statSync(path)).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs });
    expect((await ingest()).read).toEqual([]);
  });

  test('a collection file changed by hand is made again from its seed, which is read for it', async () => {
    const { root, ingest } = await warmSetUp({ aged: true });
    await ingest();
    const page = join(root, 'articles', 'b-222222.json');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, text.replace('"y"', '"edited"'));
    const run = await ingest();
    expect(run.read).toEqual(['b.txt']);
    expect(readFileSync(page, 'utf8')).toBe(text);
  });

  test('a same-size hand edit whose modification time was set back is made again from its seed', async () => {
    const { root, ingest } = await warmSetUp({ aged: true });
    await ingest();
    const page = join(root, 'articles', 'b-222222.json');
    const text = readFileSync(page, 'utf8');
    const before = statSync(page);
    // `touch -r` sets the time back to the nanosecond, as a careful hand edit would.
    const reference = join(root, 'reference');
    copyFileSync(page, reference);
    execFileSync('touch', ['-r', page, reference]);
    writeFileSync(page, text.replace('"y"', '"z"'));
    execFileSync('touch', ['-r', reference, page]);
    expect(statSync(page)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });
    const run = await ingest();
    expect(run.read).toEqual(['b.txt']);
    expect(readFileSync(page, 'utf8')).toBe(text);
  });

  test('a seed size limit lowered since the last run still refuses a stamped seed over it', async () => {
    const { ingest } = await warmSetUp({ aged: true });
    await ingest();
    const run = await ingest({ maxSeedBytes: 11 });
    expect(run.read).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(run.summary.errors.map((e) => [e.file, e.rule])).toEqual([
      ['a.txt', 'seed-too-large'],
      ['b.txt', 'seed-too-large'],
      ['c.txt', 'seed-too-large'],
    ]);
  });

  test('a stamped seed that a new seed now duplicates is read and reported as a duplicate', async () => {
    const { seedsDir, ingest } = await warmSetUp({ aged: true });
    await ingest();
    writeFileSync(join(seedsDir, '0-copy.txt'), 'A|a-999999|x');
    const run = await ingest();
    expect(run.read).toEqual(['0-copy.txt', 'a.txt']);
    expect(run.summary).toMatchObject({ normalized: 2, cached: 2 });
    expect(run.summary.warnings.map((w) => [w.file, w.rule, w.message])).toEqual([
      ['a.txt', 'duplicate-seed', 'same article as 0-copy.txt (identical title and body); only 0-copy.txt is published. Delete one of the two files.'],
    ]);
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
