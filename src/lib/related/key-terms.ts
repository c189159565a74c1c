import { charClass, codePointAt, letter } from '../text/char-class.ts';
import { foldText } from '../text/fold-text.ts';
import { isStopword } from '../text/is-stopword.ts';
import { spanHash } from '../text/word-hash.ts';
import { WordIndex } from '../text/word-index.ts';

/** How many of its words an article keeps for finding related articles. */
export const keyTermCount = 16;

/**
 * An article's key terms: its most frequent content words (four letters or more, no stopword, no
 * number), lowercased, most frequent first (ties by first use). Stored with the article at ingest,
 * so related articles are found at build time without reading any body.
 */
export function keyTerms(body: readonly string[]): string[] {
  const { words, counts } = countWords(foldText(body.join(' ')));
  // The most frequent, ties by first use: a stable sort's first `keyTermCount`, kept as they come
  // rather than sorting every word of the body.
  const top: number[] = [];
  const countAt = (k: number): number => counts[top[k] ?? 0] ?? 0;
  for (let id = 0; id < counts.length; id++) {
    const n = counts[id] ?? 0;
    if (n === 0 || (top.length === keyTermCount && n <= countAt(keyTermCount - 1))) continue;
    let at = top.length;
    if (at < keyTermCount) top.push(id);
    while (at > 0 && countAt(at - 1) < n) {
      if (at < keyTermCount) top[at] = top[at - 1] ?? 0;
      at--;
    }
    top[at] = id;
  }
  return top.map((id) => words.word(id));
}

/**
 * The words of four letters or more, numbered in order of first use, and how often each comes (a
 * stopword 0). A word is what `/\p{L}[\p{L}'’-]*\p{L}/gu` matches: in each run of letters,
 * apostrophes and hyphens, its first letter to its last.
 */
function countWords(text: string): { words: WordIndex; counts: number[] } {
  const words = new WordIndex(text);
  const counts: number[] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const cp = i < text.length ? codePointAt(text, i) : 0;
    if ((charClass(cp) & letter) !== 0) {
      if (first < 0) first = i;
      if (cp > 0xffff) i++;
      last = i + 1;
    } else if (first >= 0 && cp !== 0x27 && cp !== 0x2019 && cp !== 0x2d) {
      if (last - first >= 4) {
        const hash = spanHash(text, first, last);
        const id = words.id(first, last, hash);
        if (id === counts.length) counts.push(isStopword(text, first, last, hash) ? 0 : 1);
        else if (counts[id] !== 0) counts[id] = (counts[id] ?? 0) + 1;
      }
      first = -1;
    } else if (cp > 0xffff) i++;
  }
  return { words, counts };
}
