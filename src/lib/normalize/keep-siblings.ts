import type { Decision } from './role-state.ts';

/**
 * The lines a saved page's markup sets beside the body's paragraphs. The element that holds most of
 * the body's paragraphs side by side is the article's text; a line standing in it too, after the
 * headline, that the text's rules removed only for want of prose (reason `other`: a list of
 * fixtures, a subheading, a short closing line) is text. `parents` is each unit's element as the
 * markup gives it; nothing changes where it gives none. Decisions are changed in place.
 */
export function keepSiblings(decisions: Decision[], parents: readonly (number | undefined)[], headline: number): void {
  const text = mainParent(decisions, parents);
  if (text === undefined) return;
  decisions.forEach((d, i) => {
    if (i > headline && d.role === 'removed' && d.reason === 'other' && parents[i] === text) {
      d.role = 'body';
      delete d.reason;
    }
  });
}

/** The element holding most body lines, or undefined when the markup names none. */
function mainParent(decisions: readonly Decision[], parents: readonly (number | undefined)[]): number | undefined {
  const counts = new Map<number, number>();
  decisions.forEach((d, i) => {
    const p = parents[i];
    if (d.role === 'body' && p !== undefined) counts.set(p, (counts.get(p) ?? 0) + 1);
  });
  let best: number | undefined;
  let most = 0;
  for (const [p, n] of counts) {
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}
