/** How many lines each remembered function keeps answers for: a page's lines several times over. */
const limit = 2048;
/**
 * Longer lines are answered afresh each time: they are the text's paragraphs, asked about once
 * or twice, whose every character a lookup would hash.
 */
const maxLength = 200;

/**
 * `answer`, a pure function of one line, remembering its answers for the lines it was last asked
 * about. The normalizer asks about the same line several times (the headline, date and byline
 * searches, then the model's features), and a site's chrome recurs from page to page. A deliberate
 * cache, bounded and cleared whole when full; answers are shared, so they must not be changed.
 */
export function rememberLines<T>(answer: (line: string) => T): (line: string) => T {
  const known = new Map<string, T>();
  return (line) => {
    if (line.length > maxLength) return answer(line);
    let found = known.get(line);
    if (found === undefined) {
      found = answer(line);
      if (known.size >= limit) known.clear();
      known.set(line, found);
    }
    return found;
  };
}
