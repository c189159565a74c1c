/** The kinds of names an article body is searched for. */
export const entityKinds = ['people', 'places', 'organizations'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** The names one article mentions, by kind, each once, in order of first mention (the collection entry's `entities`). */
export type ArticleEntities = Record<EntityKind, string[]>;
