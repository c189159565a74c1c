import type { CollectionArticle } from '../article/schema.ts';
import { entityKinds, type EntityKind } from '../entities/entity-kinds.ts';
import type { EntityLink } from '../entities/link-entities.ts';
import { namedHref } from './named-kinds.ts';

/** A name's link to its page (`{ name, href }`, the name as given), or undefined when it has none. */
export type NameLinker = (kind: EntityKind, name: string) => EntityLink | undefined;

/**
 * The links of an archive's names: each name's page address by its merged key (`keys`), for the
 * names that have a page (`hasPage`). Each name's link is made once and then shared: an archive's
 * article pages ask for about fifteen names each, the same names again and again (at 100,000
 * articles, finding each name's key, count and address anew took about half a second a build).
 */
export function nameLinker(keys: Readonly<Record<EntityKind, (name: string) => string>>, hasPage: (kind: EntityKind, name: string) => boolean = () => true): NameLinker {
  const made = new Map<EntityKind, Map<string, EntityLink | null>>(entityKinds.map((kind) => [kind, new Map()]));
  return (kind, name) => {
    const links = made.get(kind);
    let link = links?.get(name);
    if (link === undefined) {
      link = hasPage(kind, name) ? Object.freeze({ name, href: namedHref(kind, name, keys[kind]) }) : null;
      links?.set(name, link);
    }
    return link ?? undefined;
  };
}

/**
 * The names an article's body mentions that have a page, each with the page's address (people,
 * then places, then organizations).
 */
export function entityLinks(entities: CollectionArticle['entities'], linkOf: NameLinker): EntityLink[] {
  const links: EntityLink[] = [];
  for (const kind of entityKinds) {
    for (const name of entities[kind]) {
      const link = linkOf(kind, name);
      if (link !== undefined) links.push(link);
    }
  }
  return links;
}
