import fc from 'fast-check';
import { describe, test } from 'vitest';
import { spanHash } from '../../../src/lib/text/word-hash.ts';
import { WordIndex } from '../../../src/lib/text/word-index.ts';

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
