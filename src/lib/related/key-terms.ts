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
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, keyTermCount)
    .map(([w]) => w);
}
