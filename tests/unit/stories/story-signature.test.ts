import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stopwords } from '../../../src/lib/normalize/stopwords.ts';
import { packedSignatures, shingleHashes, signatureLength, signatureSimilarity, signatureValues, storySignature, storyWords } from '../../../src/lib/stories/story-signature.ts';
import { fnv1a } from '../../../src/lib/text/word-hash.ts';
import { sampleBody } from '../text/text-samples.ts';

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

/** `shingleHashes` in its plainest form: a regular expression's words, hashed one by one. */
function referenceShingles(body: readonly string[]): Set<number> {
  const found = body.join(' ').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const mix = (x: number): number => {
    const a = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
    const b = Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
    return (b ^ (b >>> 16)) >>> 0;
  };
  const hashes = new Set<number>();
  if (found.length === 0) return hashes;
  const n = Math.min(3, found.length);
  for (let i = 0; i + n <= found.length; i++) {
    const shingle = found.slice(i, i + n);
    if (n === 3 && shingle.every((w) => stopwords.has(w))) continue;
    hashes.add(mix(shingle.reduce((h, w, k) => Math.imul(h ^ fnv1a(w), 0x9e3779b1) + k, 0)));
  }
  if (hashes.size === 0) hashes.add(mix(fnv1a(found.join(' '))));
  return hashes;
}

describe('shingleHashes and storyWords', () => {
  test.each([
    { name: 'an empty body', body: [] },
    { name: 'one word', body: ['Ferry'] },
    { name: 'two words', body: ['Ferry late'] },
    { name: 'stopwords alone', body: ['One of the', 'and the'] },
    { name: 'digits, curly apostrophes and hyphens', body: ['The 2024 ferry’s crew-men said 4th'] },
    { name: 'text NFKC and lowercasing change', body: ['ﬁnance Ｆｉｎａｎｃｅ İstanbul ΟΔΟΣ'] },
    { name: 'letters beyond the Basic Multilingual Plane and lone surrogates', body: ['𐐀𐐁 x\ud800y 😀 z'] },
  ])('$name: the same hashes as the plain reading', ({ body }) => {
    expect([...shingleHashes(body)]).toEqual([...referenceShingles(body)]);
  });

  test('give what a regular expression and hashing each word give', () => {
    fc.assert(
      fc.property(sampleBody, (body) => {
        const words = body.join(' ').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
        return JSON.stringify(storyWords(body)) === JSON.stringify(words) && JSON.stringify([...shingleHashes(body)]) === JSON.stringify([...referenceShingles(body)]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('packedSignatures', () => {
  const whole = storySignature(['Parliament passed the budget on Tuesday after a long night of debate.']);
  const other = storySignature(['The river rose above its banks and the town was closed to traffic.']);
  test.each([
    { name: 'whole signatures', signature: other },
    { name: 'an empty one', signature: '' },
    { name: 'a damaged one', signature: 'not a signature' },
    { name: 'one cut short', signature: other.slice(0, 100) },
    { name: 'one too long', signature: `${other}${other}` },
  ])('$name: the values signatureValues gives, or zeros and not whole', ({ signature }) => {
    const { values, whole: isWhole } = packedSignatures([whole, signature]);
    const expected = signatureValues(signature);
    expect(Array.from(values.subarray(0, signatureLength))).toEqual(Array.from(signatureValues(whole)));
    expect(isWhole[0]).toBe(1);
    expect(isWhole[1]).toBe(expected.length === signatureLength ? 1 : 0);
    expect(Array.from(values.subarray(signatureLength))).toEqual(expected.length === signatureLength ? Array.from(expected) : new Array<number>(signatureLength).fill(0));
  });
});
