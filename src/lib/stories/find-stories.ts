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
  // Which pairs are compared, and in what order, changes the union-find's trees, never its groups.
  forEachBucket(values, whole, o.rows, o.maxBucket, (bucket, size) => {
    for (let x = 0; x < size; x++) {
      for (let y = x + 1; y < size; y++) {
        const a = bucket[x] ?? 0;
        const b = bucket[y] ?? 0;
        const ra = find(a);
        const rb = find(b);
        if (ra === rb) continue;
        if (similarityAt(values, a * signatureLength, values, b * signatureLength) >= o.threshold) parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  });
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
export function bandPositions(rows: number): readonly (readonly number[])[] {
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
 * Hand `visit` each LSH bucket of two or more articles and at most `maxBucket`, band by band (one
 * band's keys in memory at a time): its articles are `bucket[0 … size)`, an array reused from
 * bucket to bucket, in no particular order. A band's key is its values packed into 32 bits: exact
 * for two rows, hashed for more. Each band's keys go into a hash table of typed arrays (open
 * addressing), whose slots chain their articles: one pass over the articles a band. Sorting each
 * band's keys instead (a radix sort of three passes) took half again as long at 100,000 articles,
 * and a `Map` from key to articles longer still, as most keys are past the small integers an
 * engine keys maps by cheaply.
 */
function forEachBucket(values: Uint16Array, whole: Uint8Array, rows: number, maxBucket: number, visit: (bucket: Int32Array, size: number) => void): void {
  const signed = Int32Array.from(whole.keys()).filter((i) => whole[i] === 1);
  let bits = 4;
  while (1 << bits < signed.length * 2) bits++;
  const mask = (1 << bits) - 1;
  // Per slot: its key, its last article and how many it holds (0: free); per article, the one before it in its slot.
  const slotKey = new Uint32Array(1 << bits);
  const slotLast = new Int32Array(1 << bits);
  const slotSize = new Int32Array(1 << bits);
  const before = new Int32Array(whole.length);
  const taken = new Int32Array(signed.length);
  const bucket = new Int32Array(Math.max(2, maxBucket));
  for (const band of bandPositions(rows)) {
    const [r0 = 0, r1 = 0] = band;
    let slots = 0;
    for (let k = 0; k < signed.length; k++) {
      const article = signed[k] ?? 0;
      const at = article * signatureLength;
      // Two values an article and band, 2.5 million times at 10,000 articles: read directly.
      const key = rows === 2 ? (((values[at + r0] ?? 0) << 16) | (values[at + r1] ?? 0)) >>> 0 : hashedKey(values, at, band, rows);
      // Fibonacci hashing: the key's high bits, well mixed, pick the first slot tried.
      let slot = Math.imul(key, 0x9e3779b1) >>> (32 - bits);
      for (;;) {
        const size = slotSize[slot] ?? 0;
        if (size === 0) {
          slotKey[slot] = key;
          taken[slots++] = slot;
        } else if (slotKey[slot] !== key) {
          slot = (slot + 1) & mask;
          continue;
        }
        before[article] = size === 0 ? -1 : (slotLast[slot] ?? -1);
        slotLast[slot] = article;
        slotSize[slot] = size + 1;
        break;
      }
    }
    for (let t = 0; t < slots; t++) {
      const slot = taken[t] ?? 0;
      const size = slotSize[slot] ?? 0;
      slotSize[slot] = 0;
      if (size < 2 || size > maxBucket) continue;
      let n = 0;
      for (let article = slotLast[slot] ?? -1; article !== -1; article = before[article] ?? -1) bucket[n++] = article;
      visit(bucket, n);
    }
  }
}

/** A band's key for the signature whose values start at `at`, for bands of other than two rows: its one value, or its values hashed into 32 bits. */
function hashedKey(values: Uint16Array, at: number, band: readonly number[], rows: number): number {
  let key = 0;
  for (let r = 0; r < band.length; r++) {
    const value = values[at + (band[r] ?? 0)] ?? 0;
    key = rows < 2 ? value : Math.imul(key ^ value, 0x01000193) >>> 0;
  }
  return key;
}
