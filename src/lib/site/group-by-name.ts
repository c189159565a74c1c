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
  const groups = new Map<string, { spellings: Map<string, number>; articles: T[] }>();
  // Each spelling's slug, made once: a name recurs in many articles.
  const slugs = new Map<string, string>();
  const slugOf = (name: string): string => {
    let slug = slugs.get(name);
    if (slug === undefined) slugs.set(name, (slug = nameSlug(keyOf(name))));
    return slug;
  };
  for (const article of articles) {
    // Two spellings of one name in one article count as two spellings but one article.
    const joined = new Set<string>();
    for (const name of new Set(namesOf(article).map((n) => n.trim()).filter(Boolean))) {
      const slug = slugOf(name);
      const group = groups.get(slug) ?? { spellings: new Map<string, number>(), articles: [] };
      group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1);
      if (!joined.has(slug)) group.articles.push(article);
      joined.add(slug);
      groups.set(slug, group);
    }
  }
  return [...groups.entries()]
    .map(([slug, g]) => ({ slug, name: mostFrequent(g.spellings), articles: g.articles }))
    .sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name, 'en'));
}

/** The most frequent spelling; ties go to the first in English collation, so the choice is stable. */
function mostFrequent(spellings: ReadonlyMap<string, number>): string {
  return [...spellings.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en'))[0]?.[0] ?? '';
}
