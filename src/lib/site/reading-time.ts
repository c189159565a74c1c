import { countWords } from '../text/count-words.ts';

/** Words a reader takes in a minute: a common figure for news prose read on a screen. */
export const wordsPerMinute = 230;

/**
 * How long the article takes to read, in words: "1 min read" at least, else the words of its
 * paragraphs over `wordsPerMinute`, rounded to the nearest minute.
 */
export function readingTime(body: readonly string[]): string {
  const words = body.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
  return `${Math.max(1, Math.round(words / wordsPerMinute))} min read`;
}
