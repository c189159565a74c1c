/**
 * The live status line of a search: "3 results for “pompeo”", "1 result for “ayoub”",
 * "No results for “xyz”", or an invitation when nothing has been typed.
 */
export function statusText(query: string, count: number, scope = ''): string {
  if (query.trim() === '') return 'Type a word to search the archive.';
  const quoted = `“${query.trim()}”${scope}`;
  if (count === 0) return `No results for ${quoted}`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'} for ${quoted}`;
}
