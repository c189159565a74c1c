import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../src/lib/format/format-count.ts';

describe('formatCount', () => {
  test.each([
    { count: 0, expected: '0' },
    { count: 999, expected: '999' },
    { count: 1000, expected: '1,000' },
    { count: 1234567, expected: '1,234,567' },
  ])('writes $count as $expected', ({ count, expected }) => {
    expect(formatCount(count)).toBe(expected);
  });
});
