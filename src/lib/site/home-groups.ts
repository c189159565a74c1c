import { monthIdOf, monthLabelOf } from '../timeline/group-by-year.ts';

/** A run of the home list under one heading: a month, a year whose month is not stated, or the undated articles. */
export interface HomeGroup<T> {
  /** `YYYY-MM`, `YYYY-month-unknown` or `undated`: the heading's id. */
  readonly id: string;
  /** "March 2020", "2020, month not stated" or "Undated articles". */
  readonly label: string;
  readonly articles: readonly T[];
}

/**
 * The home list's articles under headings, in the order given (newest first, undated last): each
 * run of articles of one month becomes a group, and the undated ones one group of their own,
 * so no undated article is marked "Undated" one by one. The input is not modified.
 */
export function homeGroups<T extends { readonly date: string | null }>(articles: readonly T[]): HomeGroup<T>[] {
  const groups: { id: string; label: string; articles: T[] }[] = [];
  for (const article of articles) {
    const id = article.date === null ? 'undated' : monthIdOf(article.date);
    const last = groups.at(-1);
    if (last?.id === id) last.articles.push(article);
    else groups.push({ id, label: id === 'undated' ? 'Undated articles' : monthLabelOf(id), articles: [article] });
  }
  return groups;
}
