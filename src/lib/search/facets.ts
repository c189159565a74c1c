import { entityKinds, type ArticleEntities, type EntityKind } from '../entities/entity-kinds.ts';
import { entityKeysOf, entityPages } from '../site/entity-pages.ts';
import type { SearchArticle } from './build-index.ts';

/** The choices of the search filters: years that have articles (newest first) and sources (A–Z). */
export function searchFacets(articles: readonly Pick<SearchArticle, 'date' | 'source'>[]): {
  readonly years: number[];
  readonly sources: string[];
} {
  const years = new Set<number>();
  const sources = new Set<string>();
  for (const a of articles) {
    if (a.date) years.add(Number(a.date.slice(0, 4)));
    if (a.source) sources.add(a.source);
  }
  return { years: [...years].sort((a, b) => b - a), sources: [...sources].sort() };
}

/** One name a Person, Place or Organization filter offers, and the articles naming it. */
export interface NameChoice {
  /** The name as its page gives it (the most frequent of its spellings). */
  readonly name: string;
  /** Positions in the articles given, ascending. */
  readonly articles: readonly number[];
}

/**
 * The choices of the Person, Place and Organization filters: for each kind, the names that have a
 * page (`entityPages`: given by two articles or more, spellings merged), most articles first,
 * then A–Z, each with the articles naming it.
 */
export function nameFacets(articles: readonly { readonly entities: ArticleEntities }[]): Record<EntityKind, NameChoice[]> {
  const keys = entityKeysOf(articles);
  const positions = articles.map((_, i) => i);
  const choices = (kind: EntityKind): NameChoice[] =>
    entityPages(positions, (i) => articles[i]?.entities[kind] ?? [], keys[kind]).map(({ name, articles: named }) => ({ name, articles: named }));
  return Object.fromEntries(entityKinds.map((kind) => [kind, choices(kind)])) as Record<EntityKind, NameChoice[]>;
}
