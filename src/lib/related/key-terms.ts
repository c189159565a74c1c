import { stopwords } from '../normalize/stopwords.ts';

/** How many of its words an article keeps for finding related articles. */
export const keyTermCount = 16;

/**
 * An article's key terms: its most frequent content words (four letters or more, no stopword, no
 * number), lowercased, most frequent first (ties by first use). Stored with the article at ingest,
 * so related articles are found at build time without reading any body.
 */
export function keyTerms(body: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const w of body.join(' ').normalize('NFKC').toLowerCase().match(/\p{L}[\p{L}'’-]*\p{L}/gu) ?? []) {
    if (w.length < 4 || stopwords.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  // The most frequent, ties by first use: a stable sort's first `keyTermCount`, kept as they come
  // rather than sorting every word of the body.
  const top: [string, number][] = [];
  for (const entry of counts) {
    if (top.length === keyTermCount && entry[1] <= (top[keyTermCount - 1]?.[1] ?? 0)) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1]?.[1] ?? 0) < entry[1]) at--;
    top.splice(at, 0, entry);
    if (top.length > keyTermCount) top.pop();
  }
  return top.map(([w]) => w);
}
