import type { CollectionArticle } from '../article/schema.ts';
import { grown, WordTable } from './word-table.ts';

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
  articles.forEach((article) => {
    if (article.authors.length === 1) increment(authors, article.authors[0] ?? '');
    else for (const author of new Set(article.authors)) increment(authors, author);
    if (article.source !== null) increment(sources, article.source);
  });
  const list = (counts: Map<string, number>) => top([...counts].map(([name, count]) => ({ name, count })), limit);
  return { authors: list(authors), sources: list(sources), headlineWords: list(headlineWordCounts(articles, minWordLength)) };
}

/** A headline word: in how many headlines, its spellings (word numbers in a `WordTable`) in the order first counted, and the last headline it was counted in. */
interface Word {
  count: number;
  readonly spellings: number[];
  last: number;
}

/**
 * Each word in two or more headlines, as it is most often written, with the number of headlines.
 * The headlines' words are numbered by a `WordTable` (no string made of each), and each spelling
 * and each term is judged once: at 100,000 headlines a map lookup of every word as a string took
 * most of the search page's half second.
 */
function headlineWordCounts(articles: readonly Pick<CollectionArticle, 'title'>[], minWordLength: number): Map<string, number> {
  const table = new WordTable();
  /** By spelling: 0 not judged yet, 1 left out (a short ASCII word), 2 counted; and how many headlines it was first in. */
  let judged = new Uint8Array(1 << 12);
  let spellingCount = new Int32Array(1 << 12);
  /** By term: its word, or null for a term left out (too short, or a number). */
  const wordOfTerm: (Word | null | undefined)[] = [];
  const words: Word[] = [];
  articles.forEach((article, at) => {
    const count = table.scan(article.title);
    if (table.size > judged.length) {
      judged = grown(judged, 2 * table.size);
      spellingCount = grown(spellingCount, 2 * table.size);
    }
    const found = table.found;
    for (let k = 0; k < count; k++) {
      const spelling = found[k] ?? 0;
      if (judged[spelling] === 0) judged[spelling] = table.length(spelling) < minWordLength && isAscii(table.word(spelling)) ? 1 : 2;
      if (judged[spelling] === 1) continue;
      const term = table.termOf(spelling);
      if (term < 0) continue;
      let word = wordOfTerm[term];
      if (word === undefined) {
        word = isWord(table.term(term), minWordLength) ? { count: 0, spellings: [], last: -1 } : null;
        wordOfTerm[term] = word;
        if (word !== null) words.push(word);
      }
      if (word === null || word.last === at) continue;
      word.last = at;
      word.count++;
      if ((spellingCount[spelling] = (spellingCount[spelling] ?? 0) + 1) === 1) word.spellings.push(spelling);
    }
  });
  const counts = new Map<string, number>();
  for (const { count, spellings } of words) {
    if (count >= 2) counts.set(top(spellings.map((spelling) => ({ name: table.word(spelling), count: spellingCount[spelling] ?? 0 })), 1)[0]?.name ?? '', count);
  }
  return counts;
}

/** Whether a token is ASCII, which `processTerm` folds to a term of its length. */
function isAscii(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Whether a term is a headline word: not a number, and at least `minWordLength` long. */
function isWord(term: string, minWordLength: number): boolean {
  return term.length >= minWordLength && !/^\d+$/.test(term);
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
