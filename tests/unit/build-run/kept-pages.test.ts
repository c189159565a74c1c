import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { keptPages, pageFile } from '../../../src/lib/build-run/kept-pages.ts';

describe('pageFile', () => {
  test.each([
    ['/articles/a/', join('dist', 'articles', 'a', 'index.html')],
    ['/', join('dist', 'index.html')],
  ])('%s is written to %s', (address, file) => {
    expect(pageFile('dist', address)).toBe(file);
  });
});

describe('keptPages', () => {
  test('lists the pages of the record that were not rendered, in its order, reading no file', () => {
    expect(keptPages(new Set(['/articles/b/', '/articles/c/']), ['/articles/a/', '/articles/b/', '/articles/c/', '/articles/d/'])).toEqual(['/articles/a/', '/articles/d/']);
  });
});
