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
  const groups = new Map<string, { spellings: Map<string, number>; articles: T[]; last: number }>();
  // Each spelling's slug, made once: a name recurs in many articles.
  const slugs = new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = nameSlug(keyOf(name))));
    return slug;
  };
  // The last article each spelling was counted in, and each group's (`last`): two spellings of one
  // name in one article count as two spellings but one article; one spelling twice, once. Marks
  // rather than two sets per article, which were most of the time at 100,000 articles.
  const counted = new Map<string, number>();
  articles.forEach((article, at) => {
    for (const written of namesOf(article)) {
      const name = written.trim();
      if (name === '' || counted.get(name) === at) continue;
      counted.set(name, at);
      const slug = slugOf(name);
      let group = groups.get(slug);
      if (group === undefined) {
        group = { spellings: new Map<string, number>(), articles: [], last: -1 };
        groups.set(slug, group);
      }
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (group.last !== at) group.articles.push(article);
      group.last = at;
    }
  });
  return [...groups.entries()]
    .map(([slug, g]) => ({ slug, name: mostFrequent(g.spellings), articles: g.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/** The most frequent spelling; ties go to the first in English collation, so the choice is stable. */
function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  return [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]?.[0] ?? '';
}
