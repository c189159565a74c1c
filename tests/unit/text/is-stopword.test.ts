import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stopwords } from '../../../src/lib/normalize/stopwords.ts';
import { isStopword } from '../../../src/lib/text/is-stopword.ts';
import { fnv1a, spanHash } from '../../../src/lib/text/word-hash.ts';

describe('spanHash and isStopword', () => {
  test.each(['', 'a', 'the', 'über', 'сказал', '𐐨'])('%j hashes as a string of its own, and is a stopword when listed', (word) => {
    const text = `x ${word} y`;
    expect(spanHash(text, 2, 2 + word.length)).toBe(fnv1a(word));
    expect(isStopword(text, 2, 2 + word.length, fnv1a(word))).toBe(stopwords.has(word));
  });

  test('every stopword is one, and no other word is', () => {
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...stopwords), fc.string({ maxLength: 8 })), (w) => isStopword(w, 0, w.length, fnv1a(w)) === stopwords.has(w)));
  });
});
