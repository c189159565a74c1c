import { describe, expect, test } from 'vitest';
import { metaAuthors } from '../../../src/lib/normalize/check-page-meta.ts';
import type { PageMeta } from '../../../src/lib/normalize/page-blocks.ts';

describe('metaAuthors: the authors a page states, as names', () => {
  test.each<{ name: string; meta: PageMeta; units?: string[]; expected: string[] }>([
    { name: 'names as stated, split', meta: { titles: [], authors: ['Jane Doe, John Roe'] }, expected: ['Jane Doe', 'John Roe'] },
    { name: 'the publisher is no author', meta: { titles: [], authors: ['The Harbour Gazette'], source: 'The Harbour Gazette' }, expected: [] },
    { name: 'nor is it with a desk word after it', meta: { titles: [], authors: ['Gazette Staff'], source: 'Gazette' }, expected: [] },
    { name: 'an address is no name', meta: { titles: [], authors: ['https://example.com/jane'] }, expected: [] },
    {
      name: 'a desk the splitter drops, printed on the page, is the author',
      meta: { titles: [], authors: ['Desk Staff'] },
      units: ['A headline', 'By Desk Staff'],
      expected: ['Desk Staff'],
    },
    { name: 'not printed, it is not', meta: { titles: [], authors: ['Desk Staff'] }, units: ['A headline'], expected: [] },
    {
      name: 'a name in lower case, printed, is kept as stated',
      meta: { titles: [], authors: ['jane doe'] },
      units: ['By Jane doe'],
      expected: ['jane doe'],
    },
    {
      name: 'the names the markup tags come after the head\'s, each author once',
      meta: { titles: [], authors: ['Jane Doe'], markedAuthors: ['Jane Doe Staff Writer', 'John Roe'] },
      expected: ['Jane Doe', 'John Roe'],
    },
  ])('$name', ({ meta, units, expected }) => {
    expect(metaAuthors(meta, units)).toEqual(expected);
  });
});
