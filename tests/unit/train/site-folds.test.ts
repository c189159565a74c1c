import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CorpusPage } from '../../../src/lib/train/read-corpus.ts';
import { siteFolds } from '../../../src/lib/train/site-folds.ts';

/** Pages of sites `a`, `b`, … with the given page counts, in site order. */
function pagesOf(sizes: readonly number[]): CorpusPage[] {
  return sizes.flatMap((size, s) => {
    const site = String.fromCharCode(97 + (s % 26)) + (s >= 26 ? String(s) : '');
    return Array.from({ length: size }, (_, n) => page(`${site}/${n}`, site));
  });
}

function page(id: string, site: string): CorpusPage {
  return { id, corpus: 'test', site, file: `${id}.txt`, bytes: new Uint8Array(), title: null, date: null, authors: null, body: null, bodyFirstWords: null };
}

const ids = (folds: CorpusPage[][]): string[][] => folds.map((f) => f.map((p) => p.id));

/** The properties every split must have. */
function expectSound(pages: readonly CorpusPage[], folds: CorpusPage[][], k: number): void {
  expect(folds).toHaveLength(k);
  // Every page in exactly one fold.
  expect(folds.flat().map((p) => p.id).sort()).toEqual(pages.map((p) => p.id).sort());
  // No site in two folds.
  const sitesIn = folds.map((fold) => [...new Set(fold.map((p) => p.site))]);
  const everySite = sitesIn.flat();
  expect(new Set(everySite).size).toBe(everySite.length);
  // Near-equal sizes: the gap is never more than the largest site.
  const largest = Math.max(0, ...everySite.map((site) => pages.filter((p) => p.site === site).length));
  const sizes = folds.map((f) => f.length);
  expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest);
}

describe.each([
  { sizes: [5, 3, 3, 2, 1, 1], k: 3 },
  { sizes: [1, 1, 1, 1, 1, 1, 1], k: 3 },
  { sizes: [2, 2, 2, 2], k: 2 },
  { sizes: [10, 1, 1, 1], k: 2 },
  { sizes: [4, 4], k: 5 }, // fewer sites than folds
  { sizes: [7], k: 3 },
  { sizes: [], k: 4 },
])('siteFolds of sites sized $sizes into $k folds', ({ sizes, k }) => {
  const pages = pagesOf(sizes);

  test('puts every page in one fold, keeps each site whole and the folds near-equal', () => {
    expectSound(pages, siteFolds(pages, k), k);
  });

  test('gives the same folds every time', () => {
    expect(ids(siteFolds(pages, k))).toEqual(ids(siteFolds(pages, k)));
  });

  test('gives folds of the same pages whatever order the pages come in', () => {
    const sorted = (folds: CorpusPage[][]) => ids(folds).map((f) => f.sort());
    expect(sorted(siteFolds([...pages].reverse(), k))).toEqual(sorted(siteFolds(pages, k)));
  });
});

test('siteFolds with fewer sites than folds gives each site a fold of its own and leaves the rest empty', () => {
  const folds = siteFolds(pagesOf([4, 2, 1]), 5);
  expect(folds.map((f) => f.length).sort()).toEqual([0, 0, 1, 2, 4]);
});

test('siteFolds keeps every site whole and the folds near-equal for any sites and fold count', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 30 }), fc.integer({ min: 1, max: 8 }), (sizes, k) => {
      const pages = pagesOf(sizes);
      expectSound(pages, siteFolds(pages, k), k);
    }),
  );
});
