import { processTerm, tokenize } from './options.ts';

/**
 * The words of a query made only of words too common to search for (the stop words, which the
 * index leaves out: "the", "of and"), as typed; null when the query has a word to search for, or
 * no word at all. Such a query would otherwise find nothing, as if the archive lacked the words.
 */
export function commonWordsOnly(query: string): string[] | null {
  const words = tokenize(query).filter((word) => word !== '');
  if (words.length === 0 || words.some((word) => processTerm(word) !== null)) return null;
  return words;
}

/** What the status line says of such a query, with a way on. */
export function commonWordsText(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`);
  const list = quoted.length === 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1) ?? ''}`;
  const subject = quoted.length === 1 ? `${list} is too common a word` : `${list} are too common words`;
  return `${subject} to search for: nearly every article has ${quoted.length === 1 ? 'it' : 'them'}. Try a rarer word, such as a name or a place.`;
}
