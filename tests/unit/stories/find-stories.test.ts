// Story detection on the seeds and on generated versions: versions of one story group together,
// distinct stories on one topic do not.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/lib/normalize/index.ts';
import { editedCopies, editKinds } from '../../../src/lib/train/fit-story-threshold.ts';
import { bandPositions, findStories, type StoryOptions } from '../../../src/lib/stories/find-stories.ts';
import { signatureLength, signatureSimilarity, signatureValues, storySignature } from '../../../src/lib/stories/story-signature.ts';

const seeds = join(import.meta.dirname, '../../../seeds');
const seedBodies = readdirSync(seeds)
  .sort()
  .flatMap((file) => {
    const result = normalize({ file, bytes: readFileSync(join(seeds, file)) });
    return result.ok ? [{ id: file.slice(0, 3), body: result.article.body }] : [];
  });
const signed = (items: readonly { id: string; body: readonly string[] }[]) => items.map(({ id, body }) => ({ id, signature: storySignature(body) }));
const ids = (items: readonly { id: string }[], groups: number[][]) => groups.map((g) => g.map((i) => items[i]?.id));

describe('the seeds', () => {
  test('000 and 001, two versions of one AFP story, are one story, and no other seed joins it', () => {
    const items = signed(seedBodies);
    expect(ids(items, findStories(items))).toEqual([['000', '001']]);
  });
});

describe.each(editKinds)('a %s copy of a seed', (kind) => {
  test.each(seedBodies.map((s) => s.id))('of seed %s is a version of it', (id) => {
    const own = seedBodies.find((s) => s.id === id)?.body ?? [];
    const other = seedBodies.find((s) => s.id !== id && s.body.length > 3)?.body ?? [];
    const copy = editedCopies(own, other, 7).find((c) => c.kind === kind)?.body ?? [];
    const items = signed([{ id, body: own }, { id: 'copy', body: copy }]);
    expect(ids(items, findStories(items))).toEqual([[id, 'copy']]);
  });
});

describe('findStories', () => {
  test('identical bodies are one story; an empty signature never joins one', () => {
    const body = ['One paragraph of a story about a harbour wall that was rebuilt.', 'A second paragraph about the ferry.'];
    const items = [{ id: 'a', signature: storySignature(body) }, { id: 'b', signature: '' }, { id: 'c', signature: storySignature(body) }];
    expect(findStories(items)).toEqual([[0, 2]]);
  });

  test('any story and a reordered copy of it are found as one, however many other stories surround them', () => {
    const sentence = fc.array(fc.stringMatching(/^[a-z]{4,9}$/), { minLength: 12, maxLength: 20 }).map((w) => `${w.join(' ')}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 3, maxLength: 8 }), fc.integer({ min: 0, max: 20 }), (body, others) => {
        const copy = [...body].reverse();
        const noise = seedBodies.slice(2, 2 + Math.min(others, seedBodies.length - 2)).map((s, i) => ({ id: `n${i}`, signature: storySignature(s.body) }));
        const items = [{ id: 'a', signature: storySignature(body) }, ...noise, { id: 'b', signature: storySignature(copy) }];
        return findStories(items).some((g) => g.includes(0) && g.includes(items.length - 1));
      }),
      { numRuns: 50 },
    );
  });
});

/**
 * Stories as they are defined: two articles are linked when they agree on a whole band (in one of
 * `bandPositions`) whose bucket (the articles agreeing on it) holds at most `maxBucket`, and are
 * at least `threshold` alike; a story is a connected group of two or more. Pair by pair, with a map
 * of each band's buckets: slow, and plainly right.
 */
function storiesByDefinition(signatures: readonly string[], { threshold, rows, maxBucket }: StoryOptions): number[][] {
  const values = signatures.map((s) => (signatureValues(s).length === signatureLength ? signatureValues(s) : null));
  const parent = signatures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : find(parent[i] ?? i));
  for (const band of bandPositions(rows)) {
    const buckets = new Map<string, number[]>();
    values.forEach((v, i) => {
      if (v === null) return;
      const key = band.map((k) => v[k]).join(' ');
      buckets.set(key, [...(buckets.get(key) ?? []), i]);
    });
    for (const bucket of buckets.values()) {
      if (bucket.length > maxBucket) continue;
      for (const a of bucket) {
        for (const b of bucket) {
          const [va, vb] = [values[a], values[b]];
          if (a < b && va && vb && signatureSimilarity(va, vb) >= threshold) parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
        }
      }
    }
  }
  const groups = new Map<number, number[]>();
  signatures.forEach((_, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), i]));
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

describe('findStories against the definition', () => {
  /** A signature as stored (base64 of its 16-bit values, as `packedSignatures` reads them). */
  const encoded = (values: readonly number[]) => Buffer.from(Uint16Array.from(values).buffer).toString('base64');
  // Families of signatures from a few values, each member its family's base with some positions
  // redrawn: near and far versions, chance agreements on bands, and buckets over the cap.
  const family = fc
    .tuple(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: signatureLength, maxLength: signatureLength }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 1000 }))
    .map(([base, rates, seed]) =>
      rates.map((rate, m) => base.map((value, k) => ((((seed + m * 7919 + k * 104729) * 2654435761) >>> 0) / 2 ** 32 < rate ? (value + 1 + ((seed + k + m) % 5)) % 6 : value))),
    );
  test('gives the same stories, whatever the rows, cap and threshold, invalid signatures left out', () => {
    fc.assert(
      fc.property(
        fc.array(family, { minLength: 1, maxLength: 6 }),
        fc.array(fc.constantFrom('', 'AAAA'), { maxLength: 2 }),
        fc.record({ rows: fc.integer({ min: 1, max: 4 }), maxBucket: fc.constantFrom(1, 2, 3, 5, 200), threshold: fc.constantFrom(0.1, 0.3, 0.6, 0.9) }),
        (families, invalid, options) => {
          const signatures = [...families.flat().map(encoded), ...invalid];
          expect(findStories(signatures.map((signature, i) => ({ id: String(i), signature })), options)).toEqual(storiesByDefinition(signatures, options));
        },
      ),
      { numRuns: 150 },
    );
  });
});
