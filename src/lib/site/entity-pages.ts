import { entityKinds, type ArticleEntities, type EntityKind } from '../entities/entity-kinds.ts';
import { mergeNames } from '../entities/merge-names.ts';
import { groupByName, type NamedGroup } from './group-by-name.ts';

/**
 * The fewest articles a person, place or organization needs for a page of its own. A name one
 * article gives has no page (its article is all the archive says of it), which keeps the build
 * within its budget: at 10,000 generated articles, 2,048 people were named, most of them once.
 */
export const minEntityArticles = 2;

/** For each kind of name, the key that merges its variants across these articles' names (`mergeNames`). */
export function entityKeysOf(articles: readonly { readonly entities: ArticleEntities }[]): Record<EntityKind, (name: string) => string> {
  return Object.fromEntries(entityKinds.map((kind) => [kind, mergeNames(articles.flatMap((a) => a.entities[kind]))])) as Record<EntityKind, (name: string) => string>;
}

/**
 * The names of one kind that have a page: those `namesOf` gives in `minEntityArticles` articles or
 * more, variants merged by `keyOf` (see `entityKeysOf`), each under its most frequent spelling with
 * its articles in input order; most articles first, then A–Z. What the name pages and the search
 * filters both list, so a filter's option is the page's name.
 */
export function entityPages<T>(articles: readonly T[], namesOf: (article: T) => readonly string[], keyOf: (name: string) => string): NamedGroup<T>[] {
  return groupByName(articles, namesOf, keyOf).filter((g) => g.articles.length >= minEntityArticles);
}
