// The `--json` contract: `npm run --silent ingest -- --seeds DIR --json` prints one JSON
// array, one object per .txt file in file-name order, and writes nothing.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { articleSchema, diagnosticSchema } from '../../src/lib/article/schema.ts';
import { slugFor } from '../../src/lib/article/slug.ts';
import { projectRoot, runScript, snapshotDir, type ScriptRun } from '../helpers/run-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const contractKeys = ['file', 'status', 'warnings', 'id', 'slug', 'title', 'titleSource', 'date', 'dateSource', 'dateEstimate', 'byline', 'authors', 'source', 'url', 'body', 'blocks', 'removed'];
const seedFiles = [
  '000_acfb1cd06d9362a9.txt',
  '001_5bd94d3de42f0080.txt',
  '002_1eacc7e9d99fa703.txt',
  '003_29f21851f9a14e70.txt',
  '004_59af26005722e3de.txt',
  '005_saved-page.html',
  '006_clipping.md',
];

describe('ingest --json on the seeds', () => {
  let run: ScriptRun;
  let records: Array<Record<string, unknown>>;
  let seeds: string;
  let before: Record<string, string>;
  let collection: string;

  beforeAll(async () => {
    const root = tempDir('archive-json-');
    seeds = join(root, 'seeds');
    collection = join(root, 'articles');
    cpSync(join(projectRoot, 'seeds'), seeds, { recursive: true });
    before = snapshotDir(seeds);
    run = await runScript('ingest', ['--seeds', seeds, '--json', '--collection', collection, '--cache', join(root, 'cache')]);
    records = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
  }, 60_000);

  test('exits 0 and prints nothing but the JSON array on stdout', () => {
    expect(run.code).toBe(0);
    expect(Array.isArray(records)).toBe(true);
  });

  test('gives one record per seed, in file-name order', () => {
    expect(records.map((r) => r['file'])).toEqual(seedFiles);
  });

  test('gives exactly the contract fields, each valid against the article schema', () => {
    for (const record of records) {
      expect(Object.keys(record).sort()).toEqual([...contractKeys].sort());
      expect(record['status']).toBe('ok');
      const { file: _file, status: _status, ...article } = record;
      expect(articleSchema.safeParse(article).error).toBeUndefined();
    }
  });

  test('takes ids from file names and gives every article its own stable slug', () => {
    for (const record of records) {
      expect(record['id']).toBe(String(record['file']).replace(/\.txt$/, ''));
      expect(record['slug']).toBe(slugFor(String(record['title']), String(record['id'])));
    }
    expect(new Set(records.map((r) => r['slug'])).size).toBe(records.length);
  });

  test('writes no collection and leaves the seeds untouched', () => {
    expect(existsSync(collection)).toBe(false);
    expect(snapshotDir(seeds)).toEqual(before);
  });

  // Field checks: what any correct normalizer gives for these seeds.
  test.each([
    { file: seedFiles[0], title: "Pompeo says Russia responsible for Turkish soldiers' deaths" },
    { file: seedFiles[2], title: 'Disputing Turkey, Russian Ambassador Dodges Blame Over Deadly Airstrikes in Northwest Syria' },
    { file: seedFiles[3], title: 'Russia: US-led strike killed 62 Syrian troops' },
    { file: seedFiles[4], title: 'Russia accused of bombing US-backed militants in Syria' },
  ])('[normalizer] $file has the title "$title"', ({ file, title }) => {
    expect(records.find((r) => r['file'] === file)?.['title']).toBe(title);
  });

  test('[normalizer] 001 is dated 2020-03-19 from its date field', () => {
    const record = records.find((r) => r['file'] === seedFiles[1]);
    expect({ date: record?.['date'], dateSource: record?.['dateSource'] }).toEqual({ date: '2020-03-19', dateSource: 'explicit' });
  });
});

describe('ingest --json with a bad seed', () => {
  test('prints every record, the error with file, status and message, and exits 1', async () => {
    const root = tempDir('archive-json-');
    const seeds = join(root, 'seeds');
    cpSync(join(projectRoot, 'seeds', seedFiles[3] ?? ''), join(seeds, 'b.txt'));
    cpSync(join(projectRoot, 'seeds', seedFiles[4] ?? ''), join(seeds, 'c.txt'));
    writeFileSync(join(seeds, 'a-empty.txt'), '');
    const run = await runScript('ingest', ['--seeds', seeds, '--json', '--cache', join(root, 'cache')]);
    expect(run.code).toBe(1);
    const records = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(records.map((r) => [r['file'], r['status']])).toEqual([
      ['a-empty.txt', 'error'],
      ['b.txt', 'ok'],
      ['c.txt', 'ok'],
    ]);
    expect(Object.keys(records[0] ?? {}).sort()).toEqual(['error', 'file', 'status', 'warnings']);
    expect(records[0]?.['error']).toStrictEqual({
      file: 'a-empty.txt',
      rule: 'no-article-body',
      message: "no article body (the file is empty): add the article's text, or remove the file",
      severity: 'error',
    });
    expect(diagnosticSchema.safeParse(records[0]?.['error']).success).toBe(true);
  }, 60_000);

  test("gives a seed's warnings as diagnostics: file, rule, message, line and severity", async () => {
    const root = tempDir('archive-json-');
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    writeFileSync(join(seeds, 'a.txt'), `---\ntitle: Harbour plan approved\nsection: Local\n---\n${readFileSync(join(projectRoot, 'seeds', seedFiles[3] ?? ''), 'utf8')}`);
    const run = await runScript('ingest', ['--seeds', seeds, '--json', '--no-cache']);
    expect(run.code).toBe(0);
    const [record] = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
    expect(record?.['warnings']).toStrictEqual([
      {
        file: 'a.txt',
        rule: 'front-matter-unknown-key',
        message: 'unknown front matter field "section" ignored; the fields read are title, date, byline, source, slug',
        line: 3,
        severity: 'warning',
      },
    ]);
  }, 60_000);

  test('prints an empty array for an empty folder, and exits 0', async () => {
    const seeds = join(tempDir(), 'seeds');
    mkdirSync(seeds);
    const run = await runScript('ingest', ['--seeds', seeds, '--json', '--no-cache']);
    expect({ code: run.code, records: JSON.parse(run.stdout) as unknown }).toEqual({ code: 0, records: [] });
  }, 60_000);
});
