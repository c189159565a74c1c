import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import type { BenchResults } from '../../bench/src/report.ts';

const repo = resolve(import.meta.dirname, '..', '..');
/** The pieces the benchmark measures; until they exist the smoke run has nothing to measure. */
const measured = ['scripts/ingest.ts', 'scripts/build.ts', 'src/pages/search'].filter((path) => !existsSync(join(repo, path)));

describe.skipIf(measured.length > 0)('npm run bench on 100 generated articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  const out = join(dir, 'results.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('produces every figure', { timeout: 15 * 60_000 }, () => {
    const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--articles', '100', '--runs', '1', '--queries', '7', '--stories', '200', '--out', out], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 14 * 60_000,
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8')) as BenchResults;
    const positive = (value: number | null | undefined): void => {
      expect(value).toBeTypeOf('number');
      expect(value).toBeGreaterThan(0);
    };

    for (const scenario of ['cold', 'warm', 'addOne'] as const) {
      positive(results.ingest?.[scenario].seconds);
      positive(results.ingest?.[scenario].articlesPerSecond);
    }
    expect(results.ingest?.cold.normalized).toBe(100);
    for (const build of [results.build, results.bareAstro]) {
      positive(build?.seconds);
      positive(build?.pagesPerSecond);
      positive(build?.peakRssBytes);
    }
    positive(results.buildRatio?.seconds);
    positive(results.buildRatio?.peakRss);
    for (const page of ['home', 'article', 'timeline', 'search', 'searchIndex', 'largestPage'] as const) {
      positive(results.sizes?.[page]?.raw);
      positive(results.sizes?.[page]?.gzip);
    }
    for (const engine of ['ours', 'pagefind'] as const) {
      const figures = results.search?.[engine];
      for (const summary of [figures?.coldMs, figures?.warmMs, figures?.coldBytes]) {
        positive(summary?.median);
        positive(summary?.p95);
      }
      expect(figures?.queries).toHaveLength(7);
    }
    for (const ratio of Object.values(results.search?.ratios ?? {})) positive(ratio);
    expect(Object.keys(results.search?.ratios ?? {})).toHaveLength(6);
    expect(results.search?.floor?.files).toBe(10);
    positive(results.search?.floor?.oneMs);
    positive(results.search?.floor?.allMs);
  });
});
