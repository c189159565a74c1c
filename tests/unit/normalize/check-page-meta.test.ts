import { describe, expect, test } from 'vitest';
import { metaAuthors, metaHeadline } from '../../../src/lib/normalize/check-page-meta.ts';
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

describe('metaHeadline: the line a stated title points to', () => {
  const meta: PageMeta = { titles: ['Storm closes the harbour | The Gazette'], authors: [] };
  test.each<{ name: string; units: string[]; run: { start: number; end: number } | null; expected: number }>([
    { name: 'the stated title, its site cut off, before the run', units: ['Menu', 'Storm closes the harbour', 'The text.'], run: { start: 2, end: 2 }, expected: 1 },
    {
      name: 'inside the run, when a blurb read as prose opens it above the headline',
      units: ['Menu', 'Delivered daily, our newsletter reads the week for you.', 'Storm closes the harbour', 'The text.'],
      run: { start: 1, end: 3 },
      expected: 2,
    },
    { name: 'before the run first: a copy inside it is not the headline', units: ['Storm closes the harbour', 'The text.', 'Storm closes the harbour'], run: { start: 1, end: 2 }, expected: 0 },
    { name: 'none close enough', units: ['Menu', 'Ferries resume on Monday', 'The text.'], run: { start: 2, end: 2 }, expected: -1 },
  ])('$name', ({ units, run, expected }) => {
    expect(metaHeadline(units, units.map(() => 'paragraph'), meta, run)).toBe(expected);
  });
});
