/** Whitespace collapsed, curly quotes straightened, lower case: how a title and a lead are compared. */
function key(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"').toLowerCase();
}

/**
 * The lead paragraph without the title at its head, for a summary under that title: a title
 * derived from the lead, or a headline repeated as the first line of the text, is not shown
 * twice. What follows a title cut mid-sentence starts with "…"; a lead that is only the title
 * gives ''. A lead that does not start with its title is returned with its whitespace collapsed.
 */
export function leadAfterTitle(title: string, lead: string): string {
  const flat = lead.replace(/\s+/gu, ' ').trim();
  const head = key(title.trim()).replace(/[.!?…]+$/u, '');
  if (head === '' || !key(flat).startsWith(head)) return flat;
  const rest = flat.slice(head.length).replace(/^[\s.,;:!?…–—-]+/u, '');
  if (rest === '') return '';
  return /^\p{Ll}/u.test(rest) ? `…${rest}` : rest;
}
