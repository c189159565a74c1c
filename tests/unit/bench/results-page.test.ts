import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultOptions } from '../../../bench/src/options.ts';
import { benchCommand, isSavedRun, readSavedRuns, resultsPage } from '../../../bench/src/results-page.ts';

const bench = resolve(import.meta.dirname, '..', '..', '..', 'bench');

describe('bench/RESULTS.md', () => {
  test('is what `npm run bench -- --report-only` writes from the saved runs', () => {
    const committed = readFileSync(join(bench, 'RESULTS.md'), 'utf8');
    expect(committed, 'bench/RESULTS.md is out of date: run `npm run bench -- --report-only` and commit it').toBe(resultsPage(readSavedRuns(bench)));
  });

  test('shows every saved run, smallest archive first', () => {
    const sizes = readSavedRuns(bench).map((run) => run.results.archive.articles);
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
  });

  test('says how to save a run when there is none', () => {
    expect(resultsPage([])).toContain('--out bench/results-1000.json');
  });
});

describe('benchCommand', () => {
  test.each([
    { change: {}, command: 'npm run bench -- --articles 1000 --runs 3' },
    { change: { articles: 10_000, lighthouse: true }, command: 'npm run bench -- --articles 10000 --runs 3 --lighthouse' },
    { change: { browser: false, queries: 7 }, command: 'npm run bench -- --articles 1000 --runs 3 --no-browser --queries 7' },
    { change: { seed: 5, stories: [200] }, command: 'npm run bench -- --articles 1000 --runs 3 --seed 5 --stories 200' },
    { change: { browser: false, bare: false }, command: 'npm run bench -- --articles 1000 --runs 3 --no-browser --no-bare' },
    { change: { articles: 1_000_000, runs: 1, browser: false, bare: false, ingest: false, rebuild: false }, command: 'npm run bench -- --articles 1000000 --runs 1 --no-browser --no-bare --no-ingest --no-rebuild' },
  ])('gives `$command`', ({ change, command }) => {
    expect(benchCommand({ ...defaultOptions, ...change })).toBe(command);
  });
});

describe('isSavedRun', () => {
  test.each([
    { file: join(bench, 'results-10000.json'), saved: true },
    { file: join(bench, 'results.json'), saved: false },
    { file: join(bench, 'results-10000.txt'), saved: false },
    { file: join(bench, 'runs', 'results-10000.json'), saved: false },
  ])('$file: $saved', ({ file, saved }) => {
    expect(isSavedRun(file, bench)).toBe(saved);
  });
});
