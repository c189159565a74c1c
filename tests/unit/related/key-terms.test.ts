import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stopwords } from '../../../src/lib/normalize/stopwords.ts';
import { keyTermCount, keyTerms } from '../../../src/lib/related/key-terms.ts';
import { sampleBody } from '../text/text-samples.ts';

/** The contract in its plainest form: a regular expression, a Map and a stable sort. */
function reference(body: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of body.join(' ').normalize('NFKC').toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
    if (w.length >= 4 && !stopwords.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, keyTermCount).map(([w]) => w);
}

describe('keyTerms', () => {
  test.each([
    { name: 'curly and straight apostrophes stay inside a word', body: ['Don’t don’t don’t stop; rock-’n’-roll rock-’n’-roll'], expected: ['don’t', 'rock-’n’-roll', 'stop'] },
    { name: 'hyphens and apostrophes at a word’s edges are left out', body: ["-'well'- well well-"], expected: ['well'] },
    { name: 'digits split words and are no words', body: ['abcd1efgh 2024 abcd'], expected: ['abcd', 'efgh'] },
    { name: 'NFKC and lowercasing come first', body: ['ﬁnance FINANCE Ｆｉｎａｎｃｅ'], expected: ['finance'] },
    { name: 'words run across no paragraph', body: ['wordy', 'words'], expected: ['wordy', 'words'] },
    { name: 'letters beyond the Basic Multilingual Plane count as letters', body: ['𐐀𐐁 𐐨𐐩'], expected: ['𐐨𐐩'] },
    { name: 'a stopword of any language is left out', body: ['também über tersebut'], expected: [] },
  ])('$name', ({ body, expected }) => {
    expect(keyTerms(body)).toEqual(expected);
    expect(keyTerms(body)).toEqual(reference(body));
  });

  test('gives what a regular expression, a Map and a stable sort give', () => {
    fc.assert(fc.property(sampleBody, (body) => JSON.stringify(keyTerms(body)) === JSON.stringify(reference(body))), { numRuns: 2000 });
  });
});
