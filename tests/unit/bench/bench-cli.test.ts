import { describe, expect, test } from 'vitest';
import { parseErrors, parseNormalized, parseReportedSeconds } from '../../../bench/src/measure-ingest.ts';
import { defaultOptions, parseOptions } from '../../../bench/src/options.ts';

describe('parseOptions', () => {
  test.each([
    { argv: [], expected: {} },
    { argv: ['--articles', '100'], expected: { articles: 100 } },
    { argv: ['--articles', '10_000', '--runs', '5'], expected: { articles: 10_000, runs: 5 } },
    { argv: ['--no-browser'], expected: { browser: false } },
    { argv: ['--no-bare'], expected: { bare: false } },
    { argv: ['--no-ingest', '--no-rebuild'], expected: { ingest: false, rebuild: false } },
    { argv: ['--lighthouse', '--out', 'x.json'], expected: { lighthouse: true, out: 'x.json' } },
    { argv: ['--queries', '4', '--keep'], expected: { queries: 4, keep: true } },
    { argv: ['--report-only'], expected: { reportOnly: true } },
  ])('reads $argv', ({ argv, expected }) => {
    expect(parseOptions(argv)).toEqual({ ...defaultOptions, ...expected });
  });

  test.each([
    { argv: ['--articles', '0'], message: /--articles expects a positive whole number, got "0"/ },
    { argv: ['--runs', 'many'], message: /--runs expects a positive whole number/ },
    { argv: ['--frobnicate'], message: /Usage: npm run bench/ },
    { argv: ['--lighthouse', '--no-browser'], message: /--lighthouse needs the browser/ },
  ])('rejects $argv with a message that says what to do', ({ argv, message }) => {
    expect(() => parseOptions(argv)).toThrow(message);
  });
});

describe('ingest output', () => {
  test.each([
    { output: 'ingest: 100 seeds, 100 articles: 100 written, 0 unchanged, 0 removed; 0 warnings, 0 errors (100 normalized, 0 from cache, 812 ms)', normalized: 100, seconds: 0.812, errors: 0 },
    { output: 'ingest: 1,001 seeds … (1 normalized, 1,000 from cache, 95 ms)', normalized: 1, seconds: 0.095, errors: null },
    { output: '{"normalized": 12}', normalized: 12, seconds: null, errors: null },
    { output: 'normalized: 7, 2 errors', normalized: 7, seconds: null, errors: 2 },
    { output: 'done', normalized: null, seconds: null, errors: null },
  ])('reads "$output"', ({ output, normalized, seconds, errors }) => {
    expect(parseNormalized(output)).toBe(normalized);
    expect(parseReportedSeconds(output)).toBe(seconds);
    expect(parseErrors(output)).toBe(errors);
  });
});
