/**
 * How many lines of a text hold only whitespace (any line end). The end of the last line is no
 * line, so a file ending in a newline has no blank line for it.
 */
export function countBlankLines(text: string): number {
  const rows = text.split(/\r\n|\r|\n/u);
  if (rows.at(-1) === '') rows.pop();
  return rows.filter((row) => row.trim() === '').length;
}
