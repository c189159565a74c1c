import type { Datable } from './compare-articles.ts';

/** Which way a previous/next link steps through the home page's order (see `neighbours`). */
export type StepDirection = 'previous' | 'next';

/**
 * The words over a previous/next link, true of the two articles whatever their dates:
 * "Newer" or "Older" between dated articles, "Same date" or "Around the same time" when their
 * dates are equal or one period holds the other (`2020-03` and `2020-03-19`), "First undated
 * article" from the oldest dated one, "Oldest dated article" back from there, and "Previous by
 * title" or "Next by title" between undated ones.
 */
export function stepLabel(from: Pick<Datable, 'date'>, to: Pick<Datable, 'date'>, direction: StepDirection): string {
  if (from.date === null && to.date === null) return direction === 'previous' ? 'Previous by title' : 'Next by title';
  if (to.date === null) return 'First undated article';
  if (from.date === null) return 'Oldest dated article';
  if (from.date === to.date) return 'Same date';
  if (from.date.startsWith(to.date) || to.date.startsWith(from.date)) return 'Around the same time';
  return to.date > from.date ? 'Newer' : 'Older';
}
