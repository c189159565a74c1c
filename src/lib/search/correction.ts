import { processTerm } from './options.ts';
import { withinDistance } from './sharded-search.ts';

/** Words as the tokenizer cuts them (see `separator` in options.ts). */
const word = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;

/**
 * The query as the search understood it, when some of its words were matched with a typo: each
 * such word replaced by the archive's word it matched in the best-ranked hit that has one
 * (`pompao sanctions` → `pompeo sanctions`), in the case the person typed it in; null when no
 * word was corrected. `typos` are the query's index terms matched with a typo (`typoTerms`),
 * `hits` the results best first with the index terms each matched.
 */
export function correctedQuery(query: string, typos: Iterable<string>, hits: readonly { readonly terms: readonly string[] }[]): string | null {
  const corrections = new Map<string, string>();
  for (const typo of typos) {
    for (const hit of hits) {
      const near = hit.terms.find((term) => term !== typo && withinDistance(typo, term, 1));
      if (near !== undefined) {
        corrections.set(typo, near);
        break;
      }
    }
  }
  if (corrections.size === 0) return null;
  return query.trim().replace(word, (typed) => {
    const term = processTerm(typed);
    const correction = term === null ? undefined : corrections.get(term);
    return correction === undefined ? typed : inCaseOf(typed, correction);
  });
}

/** `correction` in the case of `typed`: all capitals, a capital first letter, or lower case. */
function inCaseOf(typed: string, correction: string): string {
  if (typed.length > 1 && typed === typed.toUpperCase() && typed !== typed.toLowerCase()) return correction.toUpperCase();
  const first = typed.charAt(0);
  if (first !== first.toLowerCase()) return correction.charAt(0).toUpperCase() + correction.slice(1);
  return correction;
}
