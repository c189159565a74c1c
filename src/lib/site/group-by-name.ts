import { nameSlug } from '../article/slug.ts';

/** The articles that name one author (or one source), under the name's most frequent spelling. */
export interface NamedGroup<T> {
  /** The URL segment (`nameSlug`), shared by spellings that differ only in accents and case. */
  readonly slug: string;
  readonly name: string;
  /** The articles in input order. */
  readonly articles: readonly T[];
}

/**
 * Group articles by the names `namesOf` gives, spellings with one `keyOf` together (an article with two authors is in both groups;
 * one with two spellings of a name is in its group once); groups ordered by size, largest first, then by name. The input order
 * is kept within a group.
 */
export function groupByName<T>(articles: readonly T[], namesOf: (article: T) => readonly string[], keyOf: (name: string) => string = nameSlug): NamedGroup<T>[] {
  const groups = new Map<string, Group<T>>();
  // Each spelling as written, with its group and count, found by one lookup: a name recurs in many
  // articles (at 100,000 articles, five lookups a name were most of the name pages' listing).
  const written = new Map<string, Spelling<T> | null>();
  const spellingOf = (text: string): Spelling<T> | null => {
    const known = written.get(text);
    if (known !== undefined) return known;
    // Texts that trim alike are one spelling.
    const name = text.trim();
    const spelling = name === '' ? null : (written.get(name) ?? newSpelling(name));
    written.set(text, spelling);
    return spelling;
  };
  const newSpelling = (name: string): Spelling<T> => {
    const group = groupOf(groups, nameSlug(keyOf(name)));
    const spelling = { name, count: 0, group, last: -1 };
    group.spellings.push(spelling);
    written.set(name, spelling);
    return spelling;
  };
  // The last article each spelling was counted in, and each group's (`last`): two spellings of one
  // name in one article count as two spellings but one article; one spelling twice, once.
  articles.forEach((article, at) => {
    for (const text of namesOf(article)) {
      const spelling = spellingOf(text);
      if (spelling === null || spelling.last === at) continue;
      spelling.last = at;
      spelling.count++;
      const { group } = spelling;
      if (group.last !== at) group.articles.push(article);
      group.last = at;
    }
  });
  return [...groups.entries()]
    .map(([slug, g]) => ({ slug, name: mostFrequent(g.spellings), articles: g.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/** A group as it is gathered: its spellings, its articles, and the last article put in. */
interface Group<T> {
  readonly spellings: Spelling<T>[];
  readonly articles: T[];
  last: number;
}

/** A spelling (trimmed), how many articles give it, its group, and the last article counted. */
interface Spelling<T> {
  readonly name: string;
  count: number;
  readonly group: Group<T>;
  last: number;
}

function groupOf<T>(groups: Map<string, Group<T>>, slug: string): Group<T> {
  let group = groups.get(slug);
  if (group === undefined) {
    group = { spellings: [], articles: [], last: -1 };
    groups.set(slug, group);
  }
  return group;
}

/** The most frequent spelling; ties go to the first in English collation, so the choice is stable. */
function mostFrequent(spellings: readonly { readonly name: string; readonly count: number }[]): string {
  return [...spellings].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'))[0]?.name ?? '';
}
