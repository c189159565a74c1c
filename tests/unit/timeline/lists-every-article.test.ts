import { describe, expect, test } from 'vitest';
import { listsEveryArticle, timelineIndexLimit } from '../../../src/lib/timeline/lists-every-article';

describe('listsEveryArticle', () => {
  test.each([
    { total: 0, expected: true },
    { total: 5, expected: true },
    { total: timelineIndexLimit, expected: true },
    { total: timelineIndexLimit + 1, expected: false },
    { total: 10_000, expected: false },
  ])('an archive of $total articles: $expected', ({ total, expected }) => {
    expect(listsEveryArticle(total)).toBe(expected);
  });
});
