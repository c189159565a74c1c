/**
 * `answer`, a pure function of a string, remembering its answers for the last `limit` strings it
 * was asked about: a deliberate cache, bounded and cleared whole when full (cheaper than keeping
 * an order of use, and the same words, names and lines recur from page to page). Strings longer
 * than `maxLength` are answered afresh each time: a lookup would hash their every character, for
 * text that rarely recurs. Answers are shared, so they must not be changed.
 */
export function remember<T>(answer: (text: string) => T, limit: number, maxLength = Infinity): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > maxLength) return answer(text);
    let found = known.get(text);
    if (found === undefined) {
      found = answer(text);
      if (known.size >= limit) known.clear();
      known.set(text, found);
    }
    return found;
  };
}
