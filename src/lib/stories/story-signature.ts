import { stopwords } from '../normalize/stopwords';

/**
 * A story signature: the MinHash of an article body's word 3-grams. Two signatures agree at a
 * position with probability equal to the Jaccard similarity of the bodies' 3-gram sets, so
 * versions of one story (reordered, trimmed, extended or rewritten in part) can be found without
 * comparing every pair of bodies, and without reading the bodies again at build time.
 *
 * Stored with each collection entry as base64 of `signatureLength` 16-bit values (344 characters):
 * small enough to keep in the catalogue of a 100,000-article archive.
 */

/** How many hash functions the signature has. */
export const signatureLength = 128;
/** Words per shingle: 3-grams separate one story's versions from other stories on one topic best (see the README's Stories section). */
export const shingleWords = 3;

/** The hash functions' odd multipliers and offsets, drawn once from a fixed seed so every build agrees. */
const { multipliers, offsets } = hashParameters(signatureLength, 0x9e3779b9);

/** The body's words: letters and digits, lowercased and NFKC-normalized, so typography and punctuation edits do not count. */
export function storyWords(body: readonly string[]): string[] {
  return body.join(' ').normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The 32-bit hashes of the body's word 3-grams, leaving out those made of stopwords alone ("one of
 * the"), which any two long texts share. A body shorter than three words gives its words as one shingle.
 */
export function shingleHashes(body: readonly string[]): Set<number> {
  const words = storyWords(body);
  const hashes = new Set<number>();
  if (words.length === 0) return hashes;
  const n = Math.min(shingleWords, words.length);
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n);
    if (n === shingleWords && gram.every((w) => stopwords.has(w))) continue;
    hashes.add(fnv1a(gram.join(' ')));
  }
  if (hashes.size === 0) hashes.add(fnv1a(words.join(' ')));
  return hashes;
}

/** The MinHash signature of a body, as base64; an empty body gives an empty string. */
export function storySignature(body: readonly string[]): string {
  const hashes = shingleHashes(body);
  if (hashes.size === 0) return '';
  const mins = new Uint32Array(signatureLength).fill(0xffffffff);
  for (const h of hashes) {
    for (let k = 0; k < signatureLength; k++) {
      const v = mix(Math.imul(h, multipliers[k] ?? 1) ^ (offsets[k] ?? 0));
      if (v < (mins[k] ?? 0)) mins[k] = v;
    }
  }
  // The top 16 bits of each minimum: two unrelated minima agree by chance once in 65,536.
  const values = new Uint16Array(signatureLength);
  for (let k = 0; k < signatureLength; k++) values[k] = (mins[k] ?? 0) >>> 16;
  return Buffer.from(values.buffer).toString('base64');
}

/** A stored signature's values; an empty or damaged signature gives an empty array. */
export function signatureValues(signature: string): Uint16Array {
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.length !== signatureLength * 2) return new Uint16Array(0);
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/** The estimated Jaccard similarity of two bodies: the share of signature positions that agree. */
export function signatureSimilarity(a: Uint16Array, b: Uint16Array): number {
  if (a.length !== signatureLength || b.length !== signatureLength) return 0;
  let same = 0;
  for (let k = 0; k < signatureLength; k++) if (a[k] === b[k]) same++;
  return same / signatureLength;
}

/** 32-bit FNV-1a over a string's UTF-16 code units: fast, and spreads short strings well enough for MinHash. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** MurmurHash3's finalizer: every input bit moves every output bit, so each hash function orders shingles independently. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Odd multipliers and offsets from a xorshift generator (a fixed seed, so the same on every machine). */
function hashParameters(count: number, seed: number): { multipliers: Uint32Array; offsets: Uint32Array } {
  let x = seed >>> 0;
  const next = (): number => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x;
  };
  const multipliers = new Uint32Array(count);
  const offsets = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    multipliers[k] = next() | 1;
    offsets[k] = next();
  }
  return { multipliers, offsets };
}
