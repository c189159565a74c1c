import { signatureLength, signatureSimilarity, signatureValues } from './story-signature.ts';
import fitted from './story-threshold.json' with { type: 'json' };

/** An article as story detection sees it. */
export interface Signed {
  readonly id: string;
  /** Its `storySignature`. */
  readonly signature: string;
}

export interface StoryOptions {
  /** The least estimated Jaccard similarity of two versions of one story (fitted by `npm run train`). */
  readonly threshold: number;
  /** Signature positions per LSH band: with two, the 128 bands find 9 in 10 pairs of similarity 0.13, and 99 in 100 of 0.2. */
  readonly rows: number;
  /** A bucket holding more articles than this is a shared cliché, not a story, and is skipped. */
  readonly maxBucket: number;
}

export const defaultStoryOptions: StoryOptions = Object.freeze({ threshold: fitted.threshold, rows: 2, maxBucket: 200 });

/**
 * Group articles whose bodies are versions of one story. Candidates come from locality-sensitive
 * hashing (the signature cut into bands; articles that agree on a whole band share a bucket), so
 * the cost grows with the number of articles, never with the number of pairs. A candidate pair is
 * one story when its estimated similarity reaches the threshold; stories are the connected groups.
 *
 * Returns the groups of two or more, each in input order, ordered by their first member.
 */
export function findStories(articles: readonly Signed[], options: Partial<StoryOptions> = {}): number[][] {
  const o = { ...defaultStoryOptions, ...options };
  const values = articles.map((a) => signatureValues(a.signature));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };
  for (const bucket of buckets(values, o.rows)) {
    if (bucket.length > o.maxBucket) continue;
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const a = bucket[x] ?? 0;
        const b = bucket[y] ?? 0;
        const ra = find(a);
        const rb = find(b);
        if (ra === rb) continue;
        if (signatureSimilarity(values[a] ?? new Uint16Array(0), values[b] ?? new Uint16Array(0)) >= o.threshold) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

/** Whether two signatures agree on a whole band: whether story detection ever compares them. */
export function sharesBand(a: Uint16Array, b: Uint16Array, rows = defaultStoryOptions.rows): boolean {
  if (a.length !== signatureLength || b.length !== signatureLength) return false;
  return bandPositions(rows).some((band) => band.every((k) => a[k] === b[k]));
}

/**
 * The bands: the signature cut into runs of `rows` positions, and cut again into positions a
 * stride apart. Two tilings give each pair twice the chances to meet for the same signature,
 * which finds low-similarity versions (an update that rewrote half the story) far more often.
 */
function bandPositions(rows: number): number[][] {
  const known = tilings.get(rows);
  if (known) return known;
  const count = Math.floor(signatureLength / rows);
  const bands: number[][] = [];
  for (let b = 0; b < count; b++) bands.push(Array.from({ length: rows }, (_, r) => b * rows + r));
  for (let b = 0; b < count; b++) bands.push(Array.from({ length: rows }, (_, r) => b + r * count));
  tilings.set(rows, bands);
  return bands;
}
const tilings = new Map<number, number[][]>();

/**
 * The LSH buckets with two or more articles, band by band (one band's keys in memory at a time).
 * A band's key is its values packed into one number: exact for two rows, hashed for more.
 */
function* buckets(values: readonly Uint16Array[], rows: number): Generator<number[]> {
  for (const band of bandPositions(rows)) {
    const map = new Map<number, number[]>();
    values.forEach((v, i) => {
      if (v.length !== signatureLength) return;
      let key = 0;
      for (const r of band) key = rows <= 2 ? key * 65536 + (v[r] ?? 0) : Math.imul(key ^ (v[r] ?? 0), 0x01000193) >>> 0;
      const bucket = map.get(key);
      if (bucket) bucket.push(i);
      else map.set(key, [i]);
    });
    for (const bucket of map.values()) if (bucket.length > 1) yield bucket;
  }
}
