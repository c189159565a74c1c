import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isStopword } from '../../../src/lib/text/is-stopword.ts';
import { fnv1a, spanHash } from '../../../src/lib/text/word-hash.ts';
import { WordIndex } from '../../../src/lib/text/word-index.ts';
import { stopwords } from '../../../src/lib/normalize/stopwords.ts';

describe('WordIndex', () => {
  test('numbers the distinct words in order of first use, as a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zé’]{1,6}$/), { maxLength: 3000 }), fc.boolean(), (words, badHash) => {
        const text = words.join(' ');
        const index = new WordIndex(text);
        const ids = new Map<string, number>();
        let at = 0;
        for (const w of words) {
          // A constant hash makes every word collide: equality alone must tell them apart.
          const id = index.id(at, at + w.length, badHash ? 7 : spanHash(text, at, at + w.length));
          if (!ids.has(w)) ids.set(w, ids.size);
          if (id !== ids.get(w) || index.word(id) !== w) return false;
          at += w.length + 1;
        }
        return index.size === ids.size;
      }),
      { numRuns: 60 },
    );
  });
});

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
