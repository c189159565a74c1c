import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shingleHashes, signatureSimilarity, signatureValues, storySignature } from '../../../src/lib/stories/story-signature.ts';

const words = fc.array(fc.stringMatching(/^[a-z]{3,8}$/), { minLength: 40, maxLength: 120 });

function jaccard(a: readonly string[], b: readonly string[]): number {
  const x = shingleHashes(a);
  const y = shingleHashes(b);
  let both = 0;
  for (const h of x) if (y.has(h)) both++;
  return both / (x.size + y.size - both);
}

describe('storySignature', () => {
  test('is 128 16-bit values in base64, the same on every run; an empty body has none', () => {
    const body = ['A ferry returned to Carrick Sound on Monday.'];
    expect(storySignature(body)).toHaveLength(344);
    expect(storySignature(body)).toBe(storySignature([...body]));
    expect(storySignature([])).toBe('');
    expect(signatureValues('').length).toBe(0);
  });

  test('ignores case, punctuation and how the text is cut into paragraphs', () => {
    expect(storySignature(['The Ferry returned, on Monday.', 'It was late.'])).toBe(storySignature(['the ferry returned on monday it was late']));
  });

  test('estimates the Jaccard similarity of two texts within 0.15', () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 0, max: 40 }), (a, b, keep) => {
        const x = [a.join(' ')];
        const y = [[...a.slice(0, keep), ...b].join(' ')];
        const estimate = signatureSimilarity(signatureValues(storySignature(x)), signatureValues(storySignature(y)));
        return Math.abs(estimate - jaccard(x, y)) <= 0.15;
      }),
      // A fixed seed: the estimate is statistical. Over 20,000 generated pairs of these short texts
      // (40-160 words, where one-permutation hashing leaves most of its 128 bins to densification),
      // 1 in 2,000 misses by more than 0.15 (the worst by 0.21), so 100 pairs from a fresh seed
      // would fail about one run in twenty.
      { numRuns: 100, seed: 20260101 },
    );
  });
});
