import { stopwords } from '../normalize/stopwords.ts';
import { fnv1a } from './word-hash.ts';

/** One bit for each of 2^16 values of a hash's low 16 bits, set for those of the stopwords' hashes. */
const stopBits = new Uint8Array(1 << 13);
for (const w of stopwords) {
  const h = fnv1a(w) & 0xffff;
  stopBits[h >>> 3] = (stopBits[h >>> 3] ?? 0) | (1 << (h & 7));
}

/**
 * Whether the word a text holds from `from` to `to` (exclusive), whose `fnv1a` is `hash`, is one
 * of `stopwords`: the same answer as `stopwords.has(text.slice(from, to))`, but a string is made
 * only when the hash could be a stopword's (for about one other word in two hundred).
 */
export function isStopword(text: string, from: number, to: number, hash: number): boolean {
  const h = hash & 0xffff;
  return ((stopBits[h >>> 3] ?? 0) & (1 << (h & 7))) !== 0 && stopwords.has(text.slice(from, to));
}
