import { describe, expect, test } from 'vitest';
import { inShare, parseRenderers, parseShare, renderersFor, renderShareOf, sharedPages } from '../../../src/lib/build-run/render-share.ts';

describe('renderersFor', () => {
  const gb = 2 ** 30;
  test.each([
    { cores: 1, memoryBytes: 24 * gb, articles: 10_000, setting: undefined, count: 1 },
    { cores: 2, memoryBytes: 24 * gb, articles: 10_000, setting: undefined, count: 2 },
    { cores: 16, memoryBytes: 24 * gb, articles: 10_000, setting: undefined, count: 4 },
    { cores: 2, memoryBytes: 24 * gb, articles: 100_000, setting: undefined, count: 2 },
    { cores: 2, memoryBytes: 24 * gb, articles: 1_000_000, setting: undefined, count: 1 },
    { cores: 8, memoryBytes: 24 * gb, articles: 300_000, setting: undefined, count: 2 },
    { cores: 2, memoryBytes: 4 * gb, articles: 100_000, setting: undefined, count: 1 },
    { cores: 2, memoryBytes: 24 * gb, articles: 0, setting: undefined, count: 2 },
    { cores: 2, memoryBytes: 24 * gb, articles: 1_000_000, setting: 3, count: 3 },
    { cores: 2, memoryBytes: 24 * gb, articles: 10_000, setting: 1, count: 1 },
  ])('$cores cores, $articles articles, ARCHIVE_RENDERERS $setting: $count processes', ({ count, ...machine }) => {
    expect(renderersFor(machine)).toBe(count);
  });
});

describe('parseRenderers', () => {
  test.each([
    [undefined, undefined],
    ['', undefined],
    ['1', 1],
    ['3', 3],
  ])('%o is %o', (setting, count) => {
    expect(parseRenderers(setting)).toBe(count);
  });

  test.each(['0', '-1', '1.5', 'two'])('names the setting and what it expects for %o', (setting) => {
    expect(() => parseRenderers(setting)).toThrow(`ARCHIVE_RENDERERS: expected a whole number of processes (1 or more), found "${setting}".`);
  });
});

describe('parseShare and renderShareOf', () => {
  test.each([
    ['0/2', { index: 0, count: 2 }],
    ['2/3', { index: 2, count: 3 }],
    ['', undefined],
    [undefined, undefined],
  ])('%o is %o', (text, share) => {
    expect(parseShare(text)).toEqual(share);
  });

  test.each(['2/2', '1', 'a/b', '0/0', ' 0/2'])('names the variable and what it expects for %o', (text) => {
    expect(() => parseShare(text)).toThrow(`ARCHIVE_RENDER_SHARE: expected index/count with index below count (0/2), found "${text}".`);
  });

  test('a share of one is every page: no share', () => {
    expect(renderShareOf({ ARCHIVE_RENDER_SHARE: '0/1' })).toBeUndefined();
    expect(renderShareOf({})).toBeUndefined();
    expect(renderShareOf({ ARCHIVE_RENDER_SHARE: '1/2' })).toEqual({ index: 1, count: 2 });
  });
});

describe('inShare', () => {
  const article = { params: ['slug'] };
  const addresses = Array.from({ length: 3000 }, (_, i) => `/articles/headline-number-${i}/`);

  test.each([2, 3, 4])('with %i shares, each page is in exactly one, and each share holds about its part', (count) => {
    const sizes = Array.from({ length: count }, (_, index) => addresses.filter((address) => inShare(address, article, { index, count })).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(addresses.length);
    for (const size of sizes) expect(Math.abs(size - addresses.length / count)).toBeLessThan(addresses.length * 0.05);
  });

  test('a route without parameters is the first share\'s alone', () => {
    expect(inShare('/', { params: [] }, { index: 0, count: 2 })).toBe(true);
    expect(inShare('/', { params: [] }, { index: 1, count: 2 })).toBe(false);
  });
});

describe('sharedPages', () => {
  const page = (pathname: string, params: readonly string[] = ['slug']) => ({ pathname, route: { params } });

  test('gives the pages of the share, in order', () => {
    const paths = [page('/', []), ...Array.from({ length: 50 }, (_, i) => page(`/articles/a${i}/`))];
    const shares = [0, 1].map((index) => sharedPages(paths, { index, count: 2 }) ?? []);
    expect(shares[0]![0]).toEqual(page('/', []));
    expect(shares[0]!.length + shares[1]!.length).toBe(paths.length);
    for (const share of shares) expect(share).toEqual(paths.filter((path) => share.includes(path)));
  });

  test.each([
    ['the same address twice', ['/articles/a/', '/articles/a/']],
    ['one address with and without its slash', ['/articles/a/', '/articles/a']],
  ])('gives none when two pages have one address (%s): Astro alone decides', (_, addresses) => {
    expect(sharedPages(addresses.map((address) => page(address)), { index: 0, count: 2 })).toBeUndefined();
    expect(sharedPages(addresses.map((address) => page(address)), { index: 1, count: 2 })).toBeUndefined();
  });
});
