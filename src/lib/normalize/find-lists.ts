import type { BlockKind } from '../article/schema.ts';

/** A line that opens with a bullet or a number: `- item`, `• item`, `1. item`, `2) item`. */
const marker = /^(?:[-*•–]|\d{1,3}[.)])\s+\S/u;

/**
 * The kinds of a copied text's lines: a line is a list item where the text is clearly a list, two or
 * more lines in a row opening with a bullet or a number; every other line is a paragraph. The
 * marker stays in the text (nothing is lost).
 */
export function findLists(units: readonly string[]): BlockKind[] {
  const marked = units.map((u) => marker.test(u));
  return units.map((_, i) => (marked[i] && (marked[i - 1] === true || marked[i + 1] === true) ? 'list-item' : 'paragraph'));
}
