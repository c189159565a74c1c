import type { CatalogueArticle } from '../article/schema.ts';
import { nameSlug } from '../article/slug.ts';
import { key as entityKey } from '../entities/entity-key.ts';

/** One kind of name the site gives pages to: who wrote, who published, who and what the articles name. */
export interface NamedKind {
  /** The index page's heading, e.g. "People". */
  readonly title: string;
  /** One of them, e.g. "person". */
  readonly one: string;
  /** The heading of one name's page. */
  readonly heading: (name: string) => string;
  /** The names an article gives of this kind. */
  readonly names: (article: CatalogueArticle) => readonly string[];
  /** What makes two spellings one name. */
  readonly keyOf: (name: string) => string;
  /** The index page's description. */
  readonly description: string;
}

export const namedKinds = Object.freeze({
  authors: { title: 'Authors', one: 'author', heading: (n) => `Articles by ${n}`, names: (a) => a.authors, keyOf: nameSlug, description: "Everyone the archive's bylines name, with their articles." },
  sources: { title: 'Sources', one: 'source', heading: (n) => `Articles from ${n}`, names: (a) => (a.source === null ? [] : [a.source]), keyOf: nameSlug, description: 'Every publisher the articles name, with their articles.' },
  people: { title: 'People', one: 'person', heading: (n) => n, names: (a) => a.entities.people, keyOf: entityKey, description: 'The people the articles name, with their articles.' },
  places: { title: 'Places', one: 'place', heading: (n) => n, names: (a) => a.entities.places, keyOf: entityKey, description: 'The places the articles name, with their articles.' },
  organizations: { title: 'Organizations', one: 'organization', heading: (n) => n, names: (a) => a.entities.organizations, keyOf: entityKey, description: 'The organizations the articles name, with their articles.' },
} satisfies Record<string, NamedKind>);

export type NamedKindId = keyof typeof namedKinds;
export const namedKindIds = Object.keys(namedKinds) as NamedKindId[];

/** The address of a name's page: `/people/mike-pompeo/`. Names with one key (`keyOf`, the kind's own by default) share it. */
export function namedHref(kind: NamedKindId, name: string, keyOf: (name: string) => string = namedKinds[kind].keyOf): string {
  return `/${kind}/${nameSlug(keyOf(name))}/`;
}
