import { describe, expect, test } from 'vitest';
import { hashesHash, partsHash } from '../../../src/lib/text/parts-hash.ts';

/** cyrb53 of one string, as it is published (seed 0): what `partsHash` gives for the parts joined with NUL. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

describe('partsHash', () => {
  test.each<{ parts: string[] }>([
    { parts: [] },
    { parts: [''] },
    { parts: ['a'] },
    { parts: ['a', 'b'] },
    { parts: ['', ''] },
    { parts: ['ab', '', 'c'] },
    { parts: ['2021-05-02', 'src/content/articles/erdogan-visits-athens.json', 'explicit'] },
    { parts: ['Erdoğan', 'İstanbul', '東京', '🙂'] },
  ])('is cyrb53 of $parts joined with NUL', ({ parts }) => {
    expect(partsHash(parts)).toBe(cyrb53(parts.join('\u0000')));
  });

  test('is a safe integer, and tells apart lists that differ in where they are cut, in order or in a character', () => {
    const lists = [['ab'], ['a', 'b'], ['b', 'a'], ['a', '', 'b'], ['a', 'b', ''], ['', 'a', 'b'], ['a', 'c'], ['A', 'b'], []];
    const hashes = lists.map(partsHash);
    for (const hash of hashes) expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
    expect(new Set(hashes).size).toBe(lists.length);
  });

  test('spreads 100,000 related keys without a collision', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(partsHash([`article-${i}`, `article-${i + 1}`, `article-${(i * 7919) % 100_000}`]));
    expect(seen.size).toBe(100_000);
  });
});

describe('hashesHash', () => {
  test('is a safe integer, and tells apart lists that differ in a value, its high bits, their order or their length', () => {
    const big = 2 ** 53 - 1;
    const lists = [[], [0], [0, 0], [1, 2], [2, 1], [1, 2, 0], [2 ** 26], [1, 2 ** 26], [2 ** 26 + 1], [big], [big - 1], [partsHash(['a']), partsHash(['b'])]];
    const hashes = lists.map(hashesHash);
    for (const hash of hashes) expect(Number.isSafeInteger(hash) && hash >= 0).toBe(true);
    expect(new Set(hashes).size).toBe(lists.length);
  });

  test('spreads 100,000 lists of the hashes of neighbours and related ids without a collision', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => partsHash([`article-${i}`]));
    const seen = new Set<number>();
    for (let i = 0; i < ids.length; i++) seen.add(hashesHash([ids[i - 1] ?? 0, ids[i + 1] ?? 0, ids[(i * 7919) % ids.length] ?? 0]));
    expect(seen.size).toBe(100_000);
  });
});
