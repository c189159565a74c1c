import groups from './lexicon.json' with { type: 'json' };

/**
 * The tags of compromise's lexicon the entity finder reads; a word with none of them keeps
 * `otherTag`, so that a word the lexicon knows still reads as known.
 */
export const finderTags = [
  'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific', 'Actor', 'Demonym',
  'Country', 'City', 'Region', 'Place', 'Organization',
  'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb',
] as const;
export const otherTag = 'Other';

/** A lexicon as `lexicon.json` stores it: each set of tags (joined by `|`) with its words, sorted. */
export type LexiconGroups = Readonly<Record<string, readonly string[]>>;

/**
 * compromise's lexicon (given and family names, countries, cities, regions, organizations, titles,
 * demonyms) as `lexicon.json` stores it: its words grouped by the finder's tags they have. Kept in
 * a file by `npm run lexicon`, because loading compromise to read it takes 0.4 s a thread, and a
 * cold ingest loads the finder in every worker.
 */
export function lexiconGroups(lexicon: Readonly<Record<string, string | readonly string[]>>): LexiconGroups {
  const wanted = new Set<string>(finderTags);
  const byTags = new Map<string, string[]>();
  for (const [word, found] of Object.entries(lexicon)) {
    const tags = (typeof found === 'string' ? [found] : found).filter((t) => wanted.has(t));
    const key = tags.length > 0 ? [...new Set(tags)].sort().join('|') : otherTag;
    byTags.set(key, [...(byTags.get(key) ?? []), word]);
  }
  return Object.fromEntries([...byTags.keys()].sort().map((key) => [key, (byTags.get(key) ?? []).sort()]));
}

/**
 * The tags of each word the lexicon knows, lowercased as it stores them. compromise's full tagger
 * reads one article in 15 to 350 ms; looking words up is three orders of magnitude faster, and the
 * names the lexicon gives are the signal the finder needs. A map, so that a word such as
 * "constructor" is not taken for an object's own property.
 */
export const lexicon: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(groups as LexiconGroups).flatMap(([key, words]) => {
    const tags = Object.freeze(key.split('|'));
    return words.map((word) => [word, tags] as const);
  }),
);
