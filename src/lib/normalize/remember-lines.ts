import { remember } from '../text/remember.ts';

/** How many lines each remembered function keeps answers for: a page's lines several times over. */
const limit = 2048;
/**
 * Longer lines are answered afresh each time: they are the text's paragraphs, asked about once
 * or twice, whose every character a lookup would hash.
 */
const maxLength = 200;

/**
 * `answer`, a pure function of one line, remembering its answers for the lines it was last asked
 * about (see `remember`). The normalizer asks about the same line several times (the headline,
 * date and byline searches, then the model's features), and a site's chrome recurs from page to page.
 */
export function rememberLines<T>(answer: (line: string) => T): (line: string) => T {
  return remember(answer, limit, maxLength);
}
