import { compareOldestFirst, type Datable } from './compare-articles';

/** An article's previous (older) and next (newer) article, or null at either end. */
export interface Neighbours<T> {
  readonly previous: T | null;
  readonly next: T | null;
}

/**
 * Previous and next in time for every article, keyed by id.
 * Dated articles form one sequence, oldest to newest; undated ones form their own
 * sequence (by title), so "next" never jumps from a dated article to one with no date.
 * The input is not modified.
 */
export function neighbours<T extends Datable>(articles: readonly T[]): Map<string, Neighbours<T>> {
  const sorted = [...articles].sort(compareOldestFirst);
  const result = new Map<string, Neighbours<T>>();
  sorted.forEach((article, index) => {
    const before = sorted[index - 1];
    const after = sorted[index + 1];
    const sameGroup = (other: T | undefined): other is T => other !== undefined && (other.date === null) === (article.date === null);
    result.set(article.id, {
      previous: sameGroup(before) ? before : null,
      next: sameGroup(after) ? after : null,
    });
  });
  return result;
}
