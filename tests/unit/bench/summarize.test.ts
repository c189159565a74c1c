import { describe, expect, test } from 'vitest';
import { median, percentile, summarize } from '../../../bench/src/archive/index.ts';

describe('percentile', () => {
  test.each([
    { values: [3, 1, 2], p: 50, expected: 2 },
    { values: [1, 2, 3, 4], p: 50, expected: 2.5 },
    { values: [5], p: 95, expected: 5 },
    { values: Array.from({ length: 101 }, (_, i) => i), p: 95, expected: 95 },
    { values: [10, 20], p: 100, expected: 20 },
    { values: [10, 20], p: 0, expected: 10 },
  ])('$p th percentile of $values is $expected', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBeCloseTo(expected);
  });

  test('is NaN for no values', () => {
    expect(median([])).toBeNaN();
  });
});

describe('summarize', () => {
  test('gives count, median, p95, min and max', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({ count: 4, median: 2.5, p95: 3.85, min: 1, max: 4 });
  });
});
