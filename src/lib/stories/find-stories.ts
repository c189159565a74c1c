import { packedSignatures, signatureLength, similarityAt } from './story-signature.ts';
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
  const { values, whole } = packedSignatures(articles.map((a) => a.signature));
  const parent = articles.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] ?? i] ?? i;
      i = parent[i] ?? i;
    }
    return i;
  };
  for (const bucket of buckets(values, whole, o.rows)) {
    if (bucket.length > o.maxBucket) continue;
    for (let x = 0; x < bucket.length; x++) {
      for (let y = x + 1; y < bucket.length; y++) {
        const a = bucket[x] ?? 0;
        const b = bucket[y] ?? 0;
        const ra = find(a);
        const rb = find(b);
        if (ra === rb) continue;
        if (similarityAt(values, a * signatureLength, values, b * signatureLength) >= o.threshold) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
  const groups = new Map<number, number[]>();
  articles.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group === undefined) groups.set(root, [i]);
    else group.push(i);
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
 * The LSH buckets with two or more articles, band by band (one band's keys in memory at a time),
 * each in input order. A band's key is its values packed into 32 bits: exact for two rows, hashed
 * for more. The articles are sorted by key (`sortByKey`) and each run of one key is a bucket. A
 * map from key to articles cost more, as most keys are past the small integers an engine keys
 * maps by cheaply: at 100,000 articles story detection took 3.9 s with it, 2.8 s without.
 */
function* buckets(values: Uint16Array, whole: Uint8Array, rows: number): Generator<number[]> {
  const signed = Int32Array.from(whole.keys()).filter((i) => whole[i] === 1);
  const keys = new Uint32Array(whole.length);
  const sorter = keySorter(signed.length);
  for (const band of bandPositions(rows)) {
    // Two values an article and band, 2.5 million times at 10,000 articles: read from the packed
    // signatures, not through an iterator of the band's positions.
    if (band.length === 2) {
      const [r0 = 0, r1 = 0] = band;
      for (let k = 0; k < signed.length; k++) {
        const at = (signed[k] ?? 0) * signatureLength;
        keys[signed[k] ?? 0] = (((values[at + r0] ?? 0) << 16) | (values[at + r1] ?? 0)) >>> 0;
      }
    } else {
      for (let k = 0; k < signed.length; k++) {
        const at = (signed[k] ?? 0) * signatureLength;
        let key = 0;
        for (let r = 0; r < band.length; r++) {
          const value = values[at + (band[r] ?? 0)] ?? 0;
          key = rows <= 2 ? ((key << 16) | value) >>> 0 : Math.imul(key ^ value, 0x01000193) >>> 0;
        }
        keys[signed[k] ?? 0] = key;
      }
    }
    const sorted = sorter(signed, keys);
    for (let from = 0; from < sorted.length; ) {
      let to = from + 1;
      while (to < sorted.length && keys[sorted[to] ?? 0] === keys[sorted[from] ?? 0]) to++;
      if (to - from > 1) yield Array.from(sorted.subarray(from, to));
      from = to;
    }
  }
}

/** The width of a digit of `keySorter`: three passes of 11 bits sort a 32-bit key. */
const digitBits = 11;

/**
 * A stable sort of items by a 32-bit key (`keys[item]`), as a least-significant-digit radix sort
 * of three 11-bit digits. Two 16-bit digits cost a 65,536-slot count per digit and band, which
 * outweighed the items themselves below about 60,000 articles. Its arrays are reused from call to
 * call: the result is valid until the next call.
 */
function keySorter(length: number): (items: Int32Array, keys: Uint32Array) => Int32Array {
  const counts = new Int32Array((1 << digitBits) + 1);
  const buffers = [new Int32Array(length), new Int32Array(length)] as const;
  return (items, keys) => {
    let from: Int32Array = items;
    for (let pass = 0, shift = 0; shift < 32; pass++, shift += digitBits) {
      const to = buffers[pass % 2] as Int32Array;
      counts.fill(0);
      for (let k = 0; k < from.length; k++) counts[(((keys[from[k] ?? 0] ?? 0) >>> shift) & 0x7ff) + 1]! += 1;
      for (let d = 1; d < counts.length; d++) counts[d]! += counts[d - 1] ?? 0;
      for (let k = 0; k < from.length; k++) {
        const item = from[k] ?? 0;
        to[counts[((keys[item] ?? 0) >>> shift) & 0x7ff]!++] = item;
      }
      from = to;
    }
    return from;
  };
}
