import type { CollectionArticle } from '../article/schema.ts';
import { processTerm, tokenize } from './options.ts';

/** A name and the number of articles it appears in. */
export interface FrequentName {
  readonly name: string;
  readonly count: number;
}

/** What a search that finds nothing offers instead: the archive's most frequent names, each a search. */
export interface FrequentNames {
  /** Authors with the most articles. */
  readonly authors: readonly FrequentName[];
  /** Sources with the most articles. */
  readonly sources: readonly FrequentName[];
  /** Words in the most headlines (in two or more; one headline's words are not frequent). */
  readonly headlineWords: readonly FrequentName[];
}

export interface FrequentNamesOptions {
  /** Most names in each list. */
  readonly limit: number;
  /** Shortest headline word offered (shorter ones are rarely names). */
  readonly minWordLength: number;
}

const defaults: FrequentNamesOptions = Object.freeze({ limit: 6, minWordLength: 4 });

/**
 * The most frequent authors, sources and headline words of the archive, most articles first (ties
 * A–Z), each counted once per article. A headline word is shown as it is most often written
 * (`Pompeo`, not `pompeo`); numbers and stop words are left out. Pure: same articles, same names.
 */
export function frequentNames(
  articles: readonly Pick<CollectionArticle, 'title' | 'authors' | 'source'>[],
  options: Partial<FrequentNamesOptions> = {},
): FrequentNames {
  const { limit, minWordLength } = { ...defaults, ...options };
  const authors = new Map<string, number>();
  const sources = new Map<string, number>();
  /** Each headline word: in how many headlines, how it is written, and the last headline it was counted in. */
  const words = new Map<string, { count: number; spellings: Map<string, number>; last: number }>();
  articles.forEach((article, at) => {
    if (article.authors.length === 1) increment(authors, article.authors[0] ?? '');
    else for (const author of new Set(article.authors)) increment(authors, author);
    if (article.source !== null) increment(sources, article.source);
    for (const token of tokenize(article.title)) {
      const term = processTerm(token);
      if (term === null || term.length < minWordLength) continue;
      let entry = words.get(term);
      if (entry === undefined) {
        if (/^\d+$/.test(term)) continue;
        entry = { count: 0, spellings: new Map<string, number>(), last: -1 };
        words.set(term, entry);
      }
      if (entry.last === at) continue;
      entry.last = at;
      entry.count++;
      increment(entry.spellings, token);
    }
  });
  const headlineWords = new Map<string, number>();
  for (const { count, spellings } of words.values()) {
    if (count >= 2) headlineWords.set(top([...spellings].map(([name, n]) => ({ name, count: n })), 1)[0]?.name ?? '', count);
  }
  const list = (counts: Map<string, number>) => top([...counts].map(([name, count]) => ({ name, count })), limit);
  return { authors: list(authors), sources: list(sources), headlineWords: list(headlineWords) };
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * The first `limit` names, most articles first, ties in English alphabetical order. Only the names
 * counted at least as often as the `limit`-th most are sorted: comparing every headline word by
 * locale took most of the search page's rendering.
 */
function top(names: FrequentName[], limit: number): FrequentName[] {
  if (limit <= 0) return [];
  const counts = names.map(({ count }) => count).sort((a, b) => b - a);
  const least = counts[Math.min(limit, counts.length) - 1] ?? 0;
  return names
    .filter(({ count }) => count >= least)
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))
    .slice(0, limit);
}
