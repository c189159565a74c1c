import { alnum, charClass, codePointAt } from '../text/char-class.ts';
import { isStopword } from '../text/is-stopword.ts';
import { spanHash } from '../text/word-hash.ts';
import { stopwords } from './stopwords.ts';

/** The longest stopword: a longer word is none, and needs no lookup. */
const longest = Math.max(...[...stopwords].map((w) => w.length));

/**
 * How many words a line has (`wordsOf`: runs of letters, digits and apostrophes in the lowercased
 * line), and the share of them that are stopwords (0 for a line without words): counted by walking the line,
 * without making the words. Every line of a page is measured so, and few of them have their words
 * read after.
 */
export function wordStats(text: string): { readonly words: number; readonly density: number } {
  const lower = text.toLowerCase();
  let words = 0;
  let stops = 0;
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const cp = i < lower.length ? codePointAt(lower, i) : 32;
    if ((charClass(cp) & alnum) !== 0 || cp === 0x27 || cp === 0x2019) {
      if (from < 0) from = i;
    } else if (from >= 0) {
      words++;
      if (i - from <= longest && isStopword(lower, from, i, spanHash(lower, from, i))) stops++;
      from = -1;
    }
    if (cp > 0xffff) i++;
  }
  return { words, density: words === 0 ? 0 : stops / words };
}
