/** The longest excerpt, in characters, before the ellipsis. */
export const defaultExcerptLength = 200;

/**
 * A short excerpt of `text`: whitespace collapsed, and when longer than `max` characters,
 * cut at the last word boundary before `max`, trailing punctuation dropped, and "…" appended.
 * A single word longer than `max` is cut mid-word. The text is returned as text, never markup.
 */
export function excerpt(text: string, max: number = defaultExcerptLength): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  const head = space > 0 ? cut.slice(0, space) : flat.slice(0, max);
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}
