import type { RoleState } from './role-state.ts';
import { isNames } from './find-byline.ts';

const openingQuote = /^["“„«‘']/u;

/**
 * A quotation's speaker, as a pull quote or a fact-check's claim box shows them: a run of one to four
 * short lines that are not sentences (the name under a photo, the name again, a title), names among
 * them, just before the paragraph that opens with the quotation. They caption the quote; no byline.
 */
export function quoteSpeakers({ lines, facts }: Pick<RoleState, 'lines' | 'facts'>, removable: (i: number) => boolean = () => true): Set<number> {
  const { units } = lines;
  const speakers = new Set<number>();
  for (let i = 0; i < units.length; i++) {
    let j = i;
    while (j < units.length && removable(j) && (units[j]?.length ?? 0) <= 60 && !facts.blocks[j]?.terminal) j++;
    if (j - i >= 1 && j - i <= 4 && openingQuote.test(units[j] ?? '') && units.slice(i, j).some((u) => isNames(u))) {
      for (let k = i; k < j; k++) speakers.add(k);
    }
    i = Math.max(i, j);
  }
  return speakers;
}
