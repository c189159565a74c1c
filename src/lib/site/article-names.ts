import type { CollectionArticle } from '../article/schema.ts';
import { entityKinds, type EntityKind } from '../entities/find-entities.ts';
import type { EntityLink } from '../entities/link-entities.ts';
import type { NameLinker } from './entity-links.ts';
import { namedKinds } from './named-kinds.ts';

/** The names of one kind an article gives that have pages, as its rail lists them. */
export interface NameGroup {
  readonly kind: EntityKind;
  /** The kind's heading: "People", "Places", "Organizations". */
  readonly title: string;
  /** Each name once, in the article's order, with its page's address. */
  readonly links: readonly EntityLink[];
}

/**
 * The people, places and organizations an article's body gives that have a page (`linkOf`), by
 * kind in that order, kinds without any left out. Spellings that share a page are listed once,
 * under the spelling the article gives first.
 */
export function articleNames(entities: CollectionArticle['entities'], linkOf: NameLinker): NameGroup[] {
  return entityKinds.flatMap((kind) => {
    const byHref = new Map<string, EntityLink>();
    for (const name of entities[kind]) {
      const link = linkOf(kind, name);
      if (link !== undefined && !byHref.has(link.href)) byHref.set(link.href, link);
    }
    return byHref.size === 0 ? [] : [{ kind, title: namedKinds[kind].title, links: [...byHref.values()] }];
  });
}
