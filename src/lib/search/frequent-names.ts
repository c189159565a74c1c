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
  articles.forEach((article) => {
    if (article.authors.length === 1) increment(authors, article.authors[0] ?? '');
    else for (const author of new Set(article.authors)) increment(authors, author);
    if (article.source !== null) increment(sources, article.source);
  });
  const list = (counts: Map<string, number>) => top([...counts].map(([name, count]) => ({ name, count })), limit);
  return { authors: list(authors), sources: list(sources), headlineWords: list(headlineWordCounts(articles, minWordLength)) };
}

/** A headline word as it is written: the word it counts for (none: a stop word, a number or a short word), and in how many headlines it was that word's first spelling. */
interface Spelling {
  readonly token: string;
  readonly word: Word | undefined;
  count: number;
}

/** A headline word: in how many headlines, its spellings in the order first counted, and the last headline it was counted in. */
interface Word {
  count: number;
  readonly spellings: Spelling[];
  last: number;
}

/**
 * Each word in two or more headlines, as it is most often written, with the number of headlines.
 * A token is looked up as written, once, and only a spelling not seen before is made a term
 * (`processTerm`): at 100,000 headlines, three lookups a token took a second of the search page.
 */
function headlineWordCounts(articles: readonly Pick<CollectionArticle, 'title'>[], minWordLength: number): Map<string, number> {
  const spellings = new Map<string, Spelling>();
  const words = new Map<string, Word>();
  articles.forEach((article, at) => {
    for (const token of tokenize(article.title)) {
      if (token.length < minWordLength && isAscii(token)) continue;
      let spelling = spellings.get(token);
      if (spelling === undefined) {
        spelling = { token, word: wordOf(token, words, minWordLength), count: 0 };
        spellings.set(token, spelling);
      }
      const word = spelling.word;
      if (word === undefined || word.last === at) continue;
      word.last = at;
      word.count++;
      if (spelling.count++ === 0) word.spellings.push(spelling);
    }
  });
  const counts = new Map<string, number>();
  for (const { count, spellings: written } of words.values()) {
    if (count >= 2) counts.set(top(written.map(({ token, count: n }) => ({ name: token, count: n })), 1)[0]?.name ?? '', count);
  }
  return counts;
}

/** Whether a token is ASCII, which `processTerm` folds to a term of its length. */
function isAscii(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (token.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The word a token counts for, made on first sight; none for a stop word, a number or a word shorter than `minWordLength`. */
function wordOf(token: string, words: Map<string, Word>, minWordLength: number): Word | undefined {
  const term = processTerm(token);
  if (term === null || term.length < minWordLength || /^\d+$/.test(term)) return undefined;
  let word = words.get(term);
  if (word === undefined) {
    word = { count: 0, spellings: [], last: -1 };
    words.set(term, word);
  }
  return word;
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
