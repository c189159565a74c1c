/**
 * The index's documents in number order (a document's number is its position), kept from one
 * build to the next so that an article added or removed moves as few others as can be: every
 * posting and document file names documents by number, so numbers that shift with each addition
 * (as sorting by slug makes them) would change most of the index's files.
 *
 * From the last build's order: every article still there keeps its number; new articles (by slug)
 * fill the numbers of the removed ones, lowest first, and then follow at the end; numbers still
 * free are filled by moving the last documents into them, lowest number first, so that the numbers
 * stay 0 to n − 1. With no last order, the articles are in slug order. A function of the last order
 * and the slugs alone: a full build and an incremental one given the same last order number the
 * documents alike.
 */
export function keptOrder(previous: readonly string[], slugs: readonly string[]): string[] {
  const present = new Set(slugs);
  const placed = new Set<string>();
  // The last order, each article that is gone (or listed twice) leaving a free number.
  const order: (string | undefined)[] = previous.map((slug) => {
    if (!present.has(slug) || placed.has(slug)) return undefined;
    placed.add(slug);
    return slug;
  });
  const added = slugs.filter((slug) => !placed.has(slug)).sort(bySlug);
  let next = 0;
  for (let i = 0; i < order.length && next < added.length; i++) if (order[i] === undefined) order[i] = added[next++];
  for (; next < added.length; next++) order.push(added[next]);
  // More removed than added: the last documents take the free numbers.
  for (let i = 0; i < order.length; i++) {
    while (order.length > i && order.at(-1) === undefined) order.pop();
    if (order[i] === undefined && order.length > i + 1) order[i] = order.pop();
  }
  return order as string[];
}

/** Code-unit order, as the collection's files were always numbered. */
function bySlug(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
