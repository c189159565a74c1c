import { describe, expect, test } from 'vitest';
import { inShare, parseShare, renderersFor, renderShareOf } from '../../../src/lib/build-run/render-share.ts';

describe('renderersFor', () => {
  test.each([
    [1, undefined, 1],
    [2, undefined, 2],
    [4, '', 4],
    [16, undefined, 4],
    [2, '1', 1],
    [2, '3', 3],
  ])('%i cores, ARCHIVE_RENDERERS %o: %i processes', (cores, setting, count) => {
    expect(renderersFor(cores, setting)).toBe(count);
  });

  test.each(['0', '-1', '1.5', 'two'])('names the setting and what it expects for %o', (setting) => {
    expect(() => renderersFor(2, setting)).toThrow(`ARCHIVE_RENDERERS: expected a whole number of processes (1 or more), found "${setting}".`);
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
