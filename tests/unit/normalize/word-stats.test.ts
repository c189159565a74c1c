import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stopwords, wordsOf } from '../../../src/lib/normalize/stopwords.ts';
import { wordStats } from '../../../src/lib/normalize/word-stats.ts';
import { samplePieces } from '../text/text-samples.ts';

/** What the counts stand for: the words `wordsOf` makes, and the share of them listed as stopwords. */
function reference(text: string): { words: number; density: number } {
  const words = wordsOf(text);
  return { words: words.length, density: words.length === 0 ? 0 : words.filter((w) => stopwords.has(w)).length / words.length };
}

describe('wordStats', () => {
  test.each([
    { text: '', words: 0, density: 0 },
    { text: 'The ferry sank in the storm.', words: 6, density: 0.5 },
    { text: "Don't stop — rock’n’roll!", words: 3, density: 0 },
    { text: 'İstanbul und der Bosporus', words: 5, density: 0.6 },
    { text: '😀 — 123', words: 1, density: 0 },
  ])('$text: $words words, stopword share $density', ({ text, words, density }) => {
    expect(wordStats(text)).toEqual({ words, density });
    expect(reference(text)).toEqual({ words, density });
  });

  test('counts as wordsOf and the stopword list do, on any text', () => {
    const line = fc.array(fc.tuple(fc.constantFrom(...samplePieces, ...[...stopwords].slice(0, 40)), fc.constantFrom(' ', '')), { maxLength: 30 }).map((p) => p.flat().join(''));
    fc.assert(fc.property(fc.oneof(line, fc.string({ maxLength: 40 })), (text) => {
      expect(wordStats(text)).toEqual(reference(text));
    }), { numRuns: 2000 });
  });
});
