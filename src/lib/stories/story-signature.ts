import { alnum, charClass, codePointAt } from '../text/char-class.ts';
import { foldText } from '../text/fold-text.ts';
import { isStopword } from '../text/is-stopword.ts';
import { fnv1a, spanHash } from '../text/word-hash.ts';

/**
 * A story signature: a MinHash of an article body's word 3-grams, made in one pass by one
 * permutation hashing (each 3-gram's hash picks one of `signatureLength` bins, and each bin keeps
 * its smallest hash; an empty bin borrows the next filled one's, so short bodies still compare).
 * Two signatures agree at a position with probability close to the Jaccard similarity of the
 * bodies' 3-gram sets, so versions of one story (reordered, trimmed, extended or rewritten in part)
 * can be found without comparing every pair of bodies, and without reading them at build time.
 *
 * Stored with each collection entry as base64 of `signatureLength` 16-bit values (344 characters):
 * small enough to keep in the catalogue of a 100,000-article archive.
 */

/** How many values the signature has. */
export const signatureLength = 128;
/** Words per shingle: 3-grams separate one story's versions from other stories on one topic best (see the README's Stories section). */
export const shingleWords = 3;

/** Bits of a hash that choose its bin (2^7 = 128), and the rest, of which a bin keeps the smallest. */
const binBits = 7;
const empty = 0xffffffff;

/** The body's words: letters and digits, lowercased and NFKC-normalized, so typography and punctuation edits do not count. */
export function storyWords(body: readonly string[]): string[] {
  return foldText(body.join(' ')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * The 32-bit hashes of the body's word 3-grams, leaving out those made of stopwords alone ("one of
 * the"), which any two long texts share. A body shorter than three words gives its words as one shingle.
 */
export function shingleHashes(body: readonly string[]): Set<number> {
  return new Set(shingleValues(body));
}

/**
 * `shingleHashes` as a list, repeats left in: the signature keeps each bin's smallest value, which
 * repeats do not change, and a list of numbers is cheaper to fill than a set.
 */
function shingleValues(body: readonly string[]): Uint32Array {
  const { hashes: word, stops: stop, count } = wordHashes(foldText(body.join(' ')));
  if (count === 0) return new Uint32Array(0);
  const n = Math.min(shingleWords, count);
  const hashes = new Uint32Array(count - n + 1);
  let size = 0;
  for (let i = 0; i + n <= count; i++) {
    if (n === shingleWords && stop[i] && stop[i + 1] && stop[i + 2]) continue;
    let h = 0;
    for (let k = i; k < i + n; k++) h = Math.imul(h ^ (word[k] ?? 0), 0x9e3779b1) + k - i;
    hashes[size++] = mix(h);
  }
  if (size === 0) return Uint32Array.of(mix(fnv1a(storyWords(body).join(' '))));
  return hashes.subarray(0, size);
}

/**
 * The `fnv1a` of each of `storyWords` in a folded text, and whether it is a stopword (1) or not
 * (0): the words are runs of letters and numbers, read by char codes, with no string made.
 */
function wordHashes(text: string): { hashes: Int32Array; stops: Uint8Array; count: number } {
  // A word and the character after it take two code units at least.
  const hashes = new Int32Array((text.length >>> 1) + 1);
  const stops = new Uint8Array(hashes.length);
  let count = 0;
  let first = -1;
  for (let i = 0; i <= text.length; i++) {
    const cp = i < text.length ? codePointAt(text, i) : 0;
    if ((charClass(cp) & alnum) !== 0) {
      if (first < 0) first = i;
    } else if (first >= 0) {
      const hash = spanHash(text, first, i);
      hashes[count] = hash;
      stops[count++] = isStopword(text, first, i, hash) ? 1 : 0;
      first = -1;
    }
    if (cp > 0xffff) i++;
  }
  return { hashes, stops, count };
}

/** The signature of a body, as base64; an empty body gives an empty string. */
export function storySignature(body: readonly string[]): string {
  const hashes = shingleValues(body);
  if (hashes.length === 0) return '';
  const mins = new Uint32Array(signatureLength).fill(empty);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i] ?? 0;
    const bin = h >>> (32 - binBits);
    const v = h & (empty >>> binBits);
    if (v < (mins[bin] ?? empty)) mins[bin] = v;
  }
  const values = new Uint16Array(signatureLength);
  for (let k = 0; k < signatureLength; k++) {
    // An empty bin takes the next filled bin's value, marked by how far it had to look.
    let j = k;
    let step = 0;
    while ((mins[j] ?? empty) === empty) {
      j = (j + 1) % signatureLength;
      step++;
    }
    // The top 16 of a bin's 25 bits: two unrelated minima agree by chance once in 65,536.
    values[k] = (((mins[j] ?? 0) >>> (32 - binBits - 16)) + Math.imul(step, 0x9e37)) & 0xffff;
  }
  return Buffer.from(values.buffer).toString('base64');
}

/** A stored signature's values; an empty or damaged signature gives an empty array. */
export function signatureValues(signature: string): Uint16Array {
  const bytes = Buffer.from(signature, 'base64');
  if (bytes.length !== signatureLength * 2) return new Uint16Array(0);
  return new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/**
 * The values of many stored signatures in one array, the `i`th signature's from
 * `i * signatureLength`, and which are whole (`whole[i]` 1): an empty or damaged signature, which
 * `signatureValues` gives as an empty array, leaves zeros. One array rather than one per article:
 * story detection reads them millions of times.
 */
export function packedSignatures(signatures: readonly string[]): { readonly values: Uint16Array; readonly whole: Uint8Array } {
  const bytes = Buffer.alloc(signatures.length * signatureLength * 2);
  const whole = new Uint8Array(signatures.length);
  // Decoded here first: a signature of any other length than a whole one's is left out, as `signatureValues` leaves it.
  const scratch = Buffer.alloc(signatureLength * 2 + 2);
  signatures.forEach((signature, i) => {
    if (scratch.write(signature, 'base64') !== signatureLength * 2) return;
    scratch.copy(bytes, i * signatureLength * 2, 0, signatureLength * 2);
    whole[i] = 1;
  });
  return { values: new Uint16Array(bytes.buffer, bytes.byteOffset, signatures.length * signatureLength), whole };
}

/** The estimated Jaccard similarity of two bodies: the share of signature positions that agree. */
export function signatureSimilarity(a: Uint16Array, b: Uint16Array): number {
  if (a.length !== signatureLength || b.length !== signatureLength) return 0;
  return similarityAt(a, 0, b, 0);
}

/**
 * `signatureSimilarity` of the signatures whose values start at `x` in `a` and at `y` in `b`
 * (`signatureLength` values each): the `i`th of `packedSignatures`' values starts at `i * signatureLength`.
 */
export function similarityAt(a: Uint16Array, x: number, b: Uint16Array, y: number): number {
  let same = 0;
  for (let k = 0; k < signatureLength; k++) if (a[x + k] === b[y + k]) same++;
  return same / signatureLength;
}

/** MurmurHash3's finalizer: every input bit moves every output bit, so the bins and minima are evenly spread. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
