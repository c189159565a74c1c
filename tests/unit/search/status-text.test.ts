import { describe, expect, test } from 'vitest';
import { statusText } from '../../../src/lib/search/status-text';

describe('statusText', () => {
  test.each([
    { query: 'pompeo', count: 3, scope: '', expected: '3 results for “pompeo”' },
    { query: 'ayoub', count: 1, scope: '', expected: '1 result for “ayoub”' },
    { query: 'xyz', count: 0, scope: '', expected: 'No results for “xyz”' },
    { query: ' syria ', count: 12345, scope: ' in 2020', expected: '12,345 results for “syria” in 2020' },
    { query: '  ', count: 0, scope: '', expected: 'Type a word to search the archive.' },
  ])('$expected', ({ query, count, scope, expected }) => {
    expect(statusText(query, count, scope)).toBe(expected);
  });
});
