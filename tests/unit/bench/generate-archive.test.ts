import { describe, expect, test } from 'vitest';
import { createWorld, fileWidth, generateArchive, generateSeed, pickQueries, spreadQueries } from '../../../bench/src/archive/index.ts';

const world = createWorld();
const seeds = [...generateArchive(world, 400)];

describe('generateArchive', () => {
  test('gives the same archive for the same seed, byte for byte', () => {
    const again = [...generateArchive(createWorld(), 50)];
    expect(again.map((seed) => seed.text)).toEqual(seeds.slice(0, 50).map((seed) => seed.text));
  });

  test('gives a different archive for a different seed', () => {
    const other = generateSeed(createWorld({ seed: 7 }), 0);
    expect(other.text).not.toEqual(seeds[0]?.text);
  });

  test('does not change earlier seeds when more are generated', () => {
    expect(generateSeed(world, 41, fileWidth(400)).text).toEqual(seeds[41]?.text);
  });

  test('names files uniquely, numbered and hashed like the real seeds', () => {
    const files = seeds.map((seed) => seed.file);
    expect(new Set(files).size).toBe(files.length);
    for (const file of files) expect(file).toMatch(/^\d{3,}_[0-9a-f]{16}\.txt$/);
  });

  test('writes 200 to 1,500 body words, about 810 on average', () => {
    const words = seeds.map((seed) => seed.truth.words);
    expect(Math.min(...words)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...words)).toBeLessThanOrEqual(1_520);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(760);
    expect(mean).toBeLessThan(860);
  });

  test('spreads dates over twenty years and leaves some articles undated', () => {
    const years = new Set(seeds.flatMap((seed) => (seed.truth.date === null ? [] : [seed.truth.date.slice(0, 4)])));
    expect(years.size).toBeGreaterThanOrEqual(15);
    const undated = seeds.filter((seed) => seed.truth.date === null).length;
    expect(undated).toBeGreaterThan(0);
    expect(undated).toBeLessThan(seeds.length / 4);
  });

  test('makes people and places recur across articles', () => {
    const count = new Map<string, number>();
    for (const seed of seeds) for (const person of seed.truth.people) count.set(person, (count.get(person) ?? 0) + 1);
    expect(Math.max(...count.values())).toBeGreaterThanOrEqual(10);
  });

  test.each([
    { chrome: 'Advertisement', pattern: /^Advertisement$/m },
    { chrome: 'a "By" byline', pattern: /^By [A-Z]/m },
    { chrome: 'a copyright footer', pattern: /^© \d{4} /m },
    { chrome: 'a "Page not found" tail', pattern: /^Page not found$/m },
    { chrome: 'a photo credit', pattern: /\(Photo: [^)]+\)$/m },
    { chrome: 'a newsletter block', pattern: /newsletter|Sign up/i },
    { chrome: 'a skip link', pattern: /^Skip to (main )?content$/m },
    { chrome: 'front matter', pattern: /^---\ntitle: / },
  ])('includes site chrome such as $chrome in some seeds', ({ pattern }) => {
    expect(seeds.some((seed) => pattern.test(seed.text))).toBe(true);
  });

  test('puts the title on a line of its own', () => {
    for (const seed of seeds.slice(0, 50)) expect(seed.text.split('\n')).toContain(seed.truth.title);
  });

  test('follows a Zipf law: the most frequent word is far more frequent than the hundredth', () => {
    const counts = new Map<string, number>();
    for (const seed of seeds.slice(0, 100)) {
      for (const word of seed.text.toLowerCase().match(/[a-z]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const ratio = (sorted[0] as number) / (sorted[99] as number);
    expect(ratio).toBeGreaterThan(20);
    expect(ratio).toBeLessThan(400);
  });
});

describe('pickQueries', () => {
  const queries = pickQueries(world, 400);

  test('gives at least twenty distinct queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(20);
    expect(new Set(queries.map((query) => query.text)).size).toBe(queries.length);
  });

  test.each(['common', 'rare', 'name', 'place', 'prefix', 'typo', 'multi-word'] as const)('includes %s queries', (kind) => {
    expect(queries.filter((query) => query.kind === kind).length).toBeGreaterThanOrEqual(2);
  });

  test('is deterministic', () => {
    expect(pickQueries(createWorld(), 400)).toEqual(queries);
  });

  test('chooses rare words that occur in the archive, in few articles', () => {
    for (const { text } of queries.filter((query) => query.kind === 'rare')) {
      const hits = seeds.filter((seed) => new RegExp(`\\b${text}\\b`, 'i').test(seed.text)).length;
      expect(hits, text).toBeLessThan(40);
    }
    const found = queries.filter((query) => query.kind === 'rare' && seeds.some((seed) => seed.text.toLowerCase().includes(query.text)));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });
});

describe('spreadQueries', () => {
  test('takes queries round-robin over the kinds', () => {
    const all = pickQueries(world, 400);
    const some = spreadQueries(all, 7);
    expect(new Set(some.map((query) => query.kind)).size).toBe(7);
    expect(spreadQueries(all, 1000)).toHaveLength(all.length);
  });
});
