/** A top-level key of block YAML at the start of a row (quoted or not), and the separator after it. */
const keyAt = /^(["']?)([^"':#][^"':]*)\1[ \t]*:(?:[ \t]+|$)/u;

/**
 * The first of `rows` (front matter, one row a line) that writes the top-level `key`: its index and
 * the text after the key's colon. Undefined when no row does (a key in a flow mapping, or one whose
 * written form differs from the parsed one).
 */
export function findFrontMatterKey(rows: readonly string[], key: string): { readonly row: number; readonly rest: string } | undefined {
  for (const [row, text] of rows.entries()) {
    const colon = keyAt.exec(text);
    if (colon?.[2]?.trim() === key) return { row, rest: text.slice(colon[0].length) };
  }
  return undefined;
}
