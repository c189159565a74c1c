import type { CollectionArticle } from '../article/schema';
import { entityKinds, type EntityKind } from '../entities/find-entities';
import type { EntityLink } from '../entities/link-entities';
import { namedHref } from './named-kinds';

/** The names an article's body mentions, each with the address of its page (people, then places, then organizations). */
export function entityLinks(entities: CollectionArticle['entities'], keys: Readonly<Record<EntityKind, (name: string) => string>>): EntityLink[] {
  return entityKinds.flatMap((kind) => entities[kind].map((name) => ({ name, href: namedHref(kind, name, keys[kind]) })));
}
