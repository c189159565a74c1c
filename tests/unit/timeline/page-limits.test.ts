import { describe, expect, test } from 'vitest';
import { defaultTimelineLimits, listsEveryArticle, listsWholeYear, monthPageHref } from '../../../src/lib/timeline/page-limits.ts';

describe('listsEveryArticle', () => {
  test.each([
    { total: 0, limits: {}, expected: true },
    { total: defaultTimelineLimits.index, limits: {}, expected: true },
    { total: defaultTimelineLimits.index + 1, limits: {}, expected: false },
    { total: 10_000, limits: {}, expected: false },
    { total: 11, limits: { index: 10 }, expected: false },
  ])('an archive of $total articles with $limits: $expected', ({ total, limits, expected }) => {
    expect(listsEveryArticle(total, limits)).toBe(expected);
  });
});

describe('listsWholeYear', () => {
  test.each([
    { count: 1, limits: {}, expected: true },
    { count: defaultTimelineLimits.year, limits: {}, expected: true },
    { count: defaultTimelineLimits.year + 1, limits: {}, expected: false },
    { count: 3, limits: { year: 2 }, expected: false },
  ])('a year of $count articles with $limits: $expected', ({ count, limits, expected }) => {
    expect(listsWholeYear(count, limits)).toBe(expected);
  });
});

describe('monthPageHref', () => {
  test.each([
    { id: '2020-03', expected: '/timeline/2020/03/' },
    { id: '2016-month-unknown', expected: '/timeline/2016/month-unknown/' },
  ])('$id has its page at $expected', ({ id, expected }) => {
    expect(monthPageHref(id)).toBe(expected);
  });
});
