import type { CollectionArticle } from '../article/schema.ts';
import { entityKinds, type EntityKind } from '../entities/entity-kinds.ts';
import type { EntityLink } from '../entities/link-entities.ts';
import { namedHref } from './named-kinds.ts';

/**
 * The names an article's body mentions that have a page, each with the page's address (people,
 * then places, then organizations).
 */
export function entityLinks(
  entities: CollectionArticle['entities'],
  keys: Readonly<Record<EntityKind, (name: string) => string>>,
  hasPage: (kind: EntityKind, name: string) => boolean = () => true,
): EntityLink[] {
  return entityKinds.flatMap((kind) => entities[kind].filter((name) => hasPage(kind, name)).map((name) => ({ name, href: namedHref(kind, name, keys[kind]) })));
}
