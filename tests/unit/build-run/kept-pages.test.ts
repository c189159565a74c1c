import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keptPages, pageAddress, pageFile, pageFileIn } from '../../../src/lib/build-run/kept-pages.ts';

describe('pageFile', () => {
  test.each([
    ['/articles/a/', join('dist', 'articles', 'a', 'index.html')],
    ['/', join('dist', 'index.html')],
  ])('%s is written to %s', (address, file) => {
    expect(pageFile('dist', address)).toBe(file);
  });
});

describe('pageAddress', () => {
  test.each([
    [join('articles', 'a', 'index.html'), '/articles/a/'],
    ['index.html', '/'],
    ['404.html', undefined],
    ['rss.xml', undefined],
    [join('articles', 'a', 'notindex.html'), undefined],
  ])('%s is the page of %s', (file, address) => {
    expect(pageAddress(file)).toBe(address);
    if (address !== undefined) expect(pageFile('', address).replace(/^[\\/]/u, '')).toBe(file);
  });
});

describe('keptPages', () => {
  test('lists the pages of the record that were not rendered, in its order, reading no file', () => {
    expect(keptPages(new Set(['/articles/b/', '/articles/c/']), ['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/'])).toEqual(['/articles/a/', '/articles/d/']);
  });
});

describe('pageFileIn', () => {
  test.each([
    ['/', 'index.html'],
    ['/articles/a-b-1/', 'articles/a-b-1/index.html'],
    ['/people/zoë-ann/2019/page/2/', 'people/zoë-ann/2019/page/2/index.html'],
    ['/rss.xml/', 'rss.xml/index.html'],
    ['/a/../b/', 'b/index.html'],
    ['/a//b/', 'a/b/index.html'],
    ['/./a/', 'a/index.html'],
    ['/.well-known/', '.well-known/index.html'],
    ['/a', 'a/index.html'],
  ])('%s is %s, as pageFile makes it', (address, file) => {
    expect(pageFileIn(address)).toBe(file);
    expect(pageFileIn(address)).toBe(pageFile('', address).replace(/^[\\/]/u, ''));
  });
});
