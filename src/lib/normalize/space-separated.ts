/** How many parts `text.split(' ')` gives (its spaces and one), counted without making them. */
export function spaceSeparated(text: string): number {
  let parts = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) parts++;
  return parts;
}
