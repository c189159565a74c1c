import { describe, expect, test } from 'vitest';
import type { BenchResults } from '../../../bench/src/report.ts';
import { targets } from '../../../bench/src/targets.ts';

const millionTarget = targets.find((target) => target.goal.startsWith('full build at 1,000,000 articles'));

/** A saved run with only what the target reads. */
function run(articles: number, build: { seconds: number; peakRssBytes: number } | null, notes: string[]): BenchResults {
  return { archive: { articles, seedBytes: 0, generateSeconds: 0 }, build, notes } as unknown as BenchResults;
}

describe('the 1,000,000-article full build target', () => {
  test.each([
    { name: 'a completed build is met', results: run(1_000_000, { seconds: 3600, peakRssBytes: 20e9 }, []), expected: { measured: '3600.00 s, 20.00 GB', met: true } },
    { name: 'a failed build is missed', results: run(1_000_000, null, ['npm run build: `npm run build` failed (exit 134)']), expected: { measured: 'failed, see notes', met: false } },
    { name: 'a run stopped by hand has no outcome', results: run(1_000_000, null, ['partial: stopped before "npm run build" finished']), expected: null },
    { name: 'a smaller archive has no outcome', results: run(100_000, { seconds: 300, peakRssBytes: 4e9 }, []), expected: null },
  ])('$name', ({ results, expected }) => {
    expect(millionTarget?.check(results)).toEqual(expected);
  });
});
