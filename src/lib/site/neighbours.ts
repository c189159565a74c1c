import { compareNewestFirst, type Datable } from './compare-articles.ts';

/** The article before and after one in the home page's order, or null at either end. */
export interface Neighbours<T> {
  /** The article listed just before it: newer, or (among undated ones) earlier by title. */
  readonly previous: T | null;
  /** The article listed just after it: older, or (among undated ones) later by title. */
  readonly next: T | null;
}

/**
 * The neighbours of every article, keyed by id, in the home page's one order (`compareNewestFirst`):
 * dated articles newest to oldest, then the undated ones by title. So the oldest dated article's
 * next is the first undated one by title, and that one's previous is the oldest dated article;
 * `stepLabel` says which kind of step each link is. The input is not modified.
 */
export function neighbours<T extends Datable>(articles: readonly T[]): Map<string, Neighbours<T>> {
  const sorted = [...articles].sort(compareNewestFirst);
  const result = new Map<string, Neighbours<T>>();
  sorted.forEach((article, index) => {
    result.set(article.id, { previous: sorted[index - 1] ?? null, next: sorted[index + 1] ?? null });
  });
  return result;
}
