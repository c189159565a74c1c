import { describe, expect, test } from 'vitest';
import { firstNotBefore } from '../../../src/lib/text/sorted-strings.ts';

describe('firstNotBefore', () => {
  const sorted = ['articles/a/index.html', 'articles/b/index.html', 'index.html', 'search/x.json'];
  test.each([
    { value: '', at: 0 },
    { value: 'articles/', at: 0 },
    { value: 'articles/b/', at: 1 },
    { value: 'articles/b/index.html', at: 1 },
    { value: 'b', at: 2 },
    { value: 'search/x.json', at: 3 },
    { value: 'z', at: 4 },
  ])('$value: at $at', ({ value, at }) => {
    expect(firstNotBefore(sorted, value)).toBe(at);
  });

  test('an empty list: 0', () => {
    expect(firstNotBefore([], 'a')).toBe(0);
  });
});
