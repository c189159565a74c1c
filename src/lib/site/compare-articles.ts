import type { CollectionArticle } from '../article/schema.ts';

/** The fields that decide where an article sits in time. */
export type Datable = Pick<CollectionArticle, 'id' | 'title' | 'date'>;

/** Ties broken by title (English collation), then by id: the same input always gives the same order. */
function compareTies(a: Datable, b: Datable): number {
  const byTitle = a.title.localeCompare(b.title, 'en');
  if (byTitle !== 0) return byTitle;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Oldest first, undated last. A partial date sorts as the start of its period
 * (`2020` before `2020-01`, `2020-03` before `2020-03-01`), since it is all the text tells us.
 */
export function compareOldestFirst(a: Datable, b: Datable): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return compareTies(a, b);
}

/** Newest first, undated last; ties (same date, or both undated) by title then id, as in `compareOldestFirst`. */
export function compareNewestFirst(a: Datable, b: Datable): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date > b.date ? -1 : 1;
  }
  return compareTies(a, b);
}
