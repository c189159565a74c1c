import { describe, expect, test } from 'vitest';
import { countPageStarts, pageCount, pageHref, pageItems, pageLinks, type PageLink } from '../../../src/lib/site/paginate.ts';

/** `[1] 2 … 9` style rendering of a pagination bar, for readable expectations. */
const show = (links: PageLink[]): string =>
  links.map((link) => (link.kind === 'gap' ? '…' : link.current ? `[${link.page}]` : `${link.page}`)).join(' ');

describe('pageHref', () => {
  test.each([
    { page: 1, base: undefined, expected: '/' },
    { page: 2, base: undefined, expected: '/page/2/' },
    { page: 200, base: undefined, expected: '/page/200/' },
    { page: 1, base: '/timeline/undated/', expected: '/timeline/undated/' },
    { page: 3, base: '/timeline/undated/', expected: '/timeline/undated/page/3/' },
  ])('page $page of $base is at $expected', ({ page, base, expected }) => {
    expect(pageHref(page, base)).toBe(expected);
  });
});

describe('pageCount', () => {
  test.each([
    { total: 0, size: 50, expected: 1 },
    { total: 5, size: 50, expected: 1 },
    { total: 50, size: 50, expected: 1 },
    { total: 51, size: 50, expected: 2 },
    { total: 10_000, size: 50, expected: 200 },
  ])('$total items at $size a page fill $expected pages', ({ total, size, expected }) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});

describe('pageItems', () => {
  const items = Array.from({ length: 7 }, (_, i) => i + 1);
  test.each([
    { page: 1, expected: [1, 2, 3] },
    { page: 3, expected: [7] },
    { page: 4, expected: [] },
  ])('page $page of 7 items at 3 a page holds $expected', ({ page, expected }) => {
    expect(pageItems(items, page, 3)).toEqual(expected);
  });
});

describe('pageLinks', () => {
  test.each([
    { current: 1, count: 1, expected: '[1]' },
    { current: 1, count: 3, expected: '[1] 2 3' },
    { current: 1, count: 10, expected: '[1] 2 3 … 10' },
    { current: 5, count: 10, expected: '1 2 3 4 [5] 6 7 … 10' },
    { current: 6, count: 10, expected: '1 … 4 5 [6] 7 8 9 10' },
    { current: 10, count: 10, expected: '1 … 8 9 [10]' },
    { current: 100, count: 200, expected: '1 … 98 99 [100] 101 102 … 200' },
  ])('page $current of $count shows $expected', ({ current, count, expected }) => {
    expect(show(pageLinks(current, count))).toBe(expected);
  });
});

describe('countPageStarts', () => {
  const items = Array.from({ length: 7 }, (_, i) => i + 1);
  test.each([
    { size: 3, expected: [{ page: 2, first: 4 }, { page: 3, first: 7 }] },
    { size: 7, expected: [] },
    { size: 6, expected: [{ page: 2, first: 7 }] },
  ])('7 items at $size a page: the later pages begin with $expected', ({ size, expected }) => {
    expect(countPageStarts(items, size)).toEqual(expected);
  });

  test('an empty list has no later pages', () => {
    expect(countPageStarts([], 3)).toEqual([]);
  });
});
