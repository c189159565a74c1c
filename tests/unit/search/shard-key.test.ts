import { describe, expect, test } from 'vitest';
import { prefixKey, suffixKey } from '../../../src/lib/search/shard-key.ts';

describe('prefixKey and suffixKey', () => {
  test.each([
    { term: 'pompeo', prefix: 'po', suffix: 'eo' },
    { term: 'x', prefix: 'x-', suffix: 'x-' },
    { term: '2020', prefix: '20', suffix: '20' },
    { term: 'çavuşoğlu', prefix: '_a', suffix: 'lu' },
    { term: 'naïve', prefix: 'na', suffix: 've' },
    { term: '東京', prefix: '__', suffix: '__' },
  ])('$term → $prefix, $suffix', ({ term, prefix, suffix }) => {
    expect(prefixKey(term)).toBe(prefix);
    expect(suffixKey(term)).toBe(suffix);
  });
});
