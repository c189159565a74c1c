import { stopwords } from '../normalize/stopwords.ts';
import { fnv1a } from './word-hash.ts';

/**
 * The stopwords by hash, in open addressing: a table ten times their number, so that the probe for
 * a word that is none ends at a free slot at once (nine times in ten).
 */
const mask = (1 << Math.ceil(Math.log2(10 * stopwords.size))) - 1;
const slotWords: (string | undefined)[] = new Array<string | undefined>(mask + 1).fill(undefined);
const slotHashes = new Int32Array(mask + 1);
for (const w of stopwords) {
  const hash = fnv1a(w) | 0;
  let at = hash & mask;
  while (slotWords[at] !== undefined) at = (at + 1) & mask;
  slotWords[at] = w;
  slotHashes[at] = hash;
}

/**
 * Whether the word a text holds from `from` to `to` (exclusive), whose `fnv1a` is `hash`, is one
 * of `stopwords`: the same answer as `stopwords.has(text.slice(from, to))`, without making a string.
 */
export function isStopword(text: string, from: number, to: number, hash: number): boolean {
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const w = slotWords[at];
    if (w === undefined) return false;
    if (slotHashes[at] === (hash | 0) && same(text, from, to, w)) return true;
  }
}

function same(text: string, from: number, to: number, word: string): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
