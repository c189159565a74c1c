/** A line end as the lines stage reads one: LF, CRLF or a lone CR. */
const lineEnd = /\r\n|\r|\n/gu;

/** The 1-based line of the seed on which position `index` of `text` lies (for a diagnostic). */
export function lineAt(text: string, index: number): number {
  return (text.slice(0, index).match(lineEnd)?.length ?? 0) + 1;
}
