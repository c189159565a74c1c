/**
 * Which shard holds a term. Terms are grouped by their first two characters (`pompeo` → `po`);
 * the list of terms ending in the same two characters (`pompeo` → `eo`) lets the browser find
 * typo matches that start differently (`bompeo`).
 * Keys are safe file names: `a`–`z` and `0`–`9` stay, any other UTF-16 unit becomes `_`,
 * and a one-character term is padded with `-`.
 */
export function prefixKey(term: string): string {
  return keyOf(term.slice(0, 2));
}

/** The key of the list of terms that end like `term`. */
export function suffixKey(term: string): string {
  return keyOf(term.slice(-2));
}

function keyOf(chars: string): string {
  return chars.replace(/[^a-z0-9]/g, '_').padEnd(2, '-');
}
