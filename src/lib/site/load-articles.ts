import { getCollection, type CollectionEntry } from 'astro:content';
import { entityKinds, type EntityKind } from '../entities/entity-kinds.ts';
import { relatedIndices } from '../related/find-related.ts';
import { carryStoryDate, groupStories, type Stories } from '../stories/group-stories.ts';
import { compareNewestFirst } from './compare-articles.ts';
import { entityKeysOf, entityPages, minEntityArticles } from './entity-pages.ts';
import { pageRecordEnv } from '../build-run/page-record.ts';
import { groupByName, type NamedGroup } from './group-by-name.ts';
import { namedKinds, type NamedKindId } from './named-kinds.ts';
import { articleLink, listedAlone, type ArticleLink } from './summarize.ts';
import { countByYear, type YearSummary } from '../timeline/group-by-year.ts';
import { monthPageYears } from '../timeline/timeline-place.ts';

type Entry = CollectionEntry<'articles'>;

/** The archive as the pages read it: its entries with carried dates, newest first, its stories, and one key per name. */
export interface Archive {
  readonly entries: readonly Entry[];
  /** The entries by article id. */
  readonly byId: ReadonlyMap<string, Entry>;
  readonly stories: Stories;
  /** For each kind of name the bodies give, the key that merges its variants (`mergeNames`). */
  readonly nameKeys: Readonly<Record<EntityKind, (name: string) => string>>;
  /** Whether a name has a page: one the archive's bodies give in `minEntityArticles` articles or more. */
  readonly hasPage: (kind: EntityKind, name: string) => boolean;
  /** Each kind's names as the bodies give them, each spelling once, with its merged key (`nameKeys`). */
  readonly spellings: Readonly<Record<EntityKind, ReadonlyMap<string, string>>>;
  /**
   * Each article's related articles by its id, best first (`findRelated`), versions of its story
   * left out; an article with none is not in it. The entries themselves, so that an article page
   * links them without looking each one up (at 100,000 articles, half a million lookups by id).
   */
  readonly related: ReadonlyMap<string, readonly Entry[]>;
}

/** An article a list shows, with the other versions of its story listed under it. */
export interface Listed {
  readonly entry: Entry;
  readonly versions: readonly ArticleLink[];
}

/**
 * How many articles give each name (`count`), by its merged key, and each spelling's merged key (a
 * spelling recurs from article to article: its key is made once).
 */
function countNames(lists: readonly (readonly string[])[], keyOf: (name: string) => string): { counts: Map<string, { count: number; last: number }>; keys: Map<string, string> } {
  // Each key's count and the last list that counted it, found by one lookup: two spellings of one
  // name in one article count once (a set of keys per article was 600,000 sets at 100,000 articles).
  const counts = new Map<string, { count: number; last: number }>();
  const keys = new Map<string, string>();
  lists.forEach((list, at) => {
    for (const name of list) {
      let k = keys.get(name);
      if (k === undefined) keys.set(name, (k = keyOf(name)));
      let tally = counts.get(k);
      if (tally === undefined) counts.set(k, (tally = { count: 0, last: -1 }));
      if (tally.last === at) continue;
      tally.last = at;
      tally.count++;
    }
  });
  return { counts, keys };
}

/**
 * The collection's entries, as `getCollection('articles')` gives them. In a build under `npm run
 * build` (Astro's, or the kept renderer's: both record their pages, `pageRecordEnv.write`) the
 * store is synced before any page asks and does not change after, so the entries are read once
 * (a rebuild asked 26 times, 60 ms at 10,000 articles); elsewhere (`astro dev`, whose store
 * changes under it) on every call.
 */
export function collectionEntries(): Promise<Entry[]> {
  if (!process.env[pageRecordEnv.write]) return getCollection('articles');
  entriesOnce ??= getCollection('articles');
  return entriesOnce;
}

let entriesOnce: Promise<Entry[]> | undefined;

/** The last archive made, reused while the collection gives the same entries (a deliberate cache: every route reads it). */
let last: { readonly raw: readonly Entry[]; readonly from: readonly Entry['data'][]; readonly archive: Archive } | undefined;

/**
 * Every entry of the articles collection, newest first, undated last (see `compareNewestFirst`), and
 * the stories they tell. An undated version of a story carries the story's earliest stated date
 * (`dateSource: 'story'`). Pages call this from `getStaticPaths` or their frontmatter.
 */
export async function loadArchive(): Promise<Archive> {
  const raw = await collectionEntries();
  if (last && (last.raw === raw || (last.from.length === raw.length && raw.every((e, i) => e.data === last?.from[i])))) return last.archive;
  const stories = groupStories(raw.map((e) => e.data));
  // In the collection's order (as `relatable` below), then sorted.
  const carried = raw.map((e) => {
    const data = carryStoryDate(e.data, stories);
    return data === e.data ? e : { ...e, data };
  });
  const entries = [...carried].sort((a, b) => compareNewestFirst(a.data, b.data));
  const nameKeys = entityKeysOf(raw.map((e) => e.data));
  const featureOf = nameFeatures(nameKeys);
  const relatable = raw.map(({ data }) => ({
    id: data.id,
    names: entityKinds.flatMap((kind) => data.entities[kind].map((name) => featureOf(kind, name))),
    terms: data.terms,
  }));
  const related = new Map<string, Entry[]>();
  // One story object per story, shared by its versions (`groupStories`): two versions have the same.
  const storyOf = raw.map((e) => stories.get(e.data.id));
  relatedIndices(relatable, (i, j) => storyOf[i] !== undefined && storyOf[i] === storyOf[j]).forEach((list, i) => {
    if (list.length > 0) related.set(relatable[i]?.id ?? '', list.map((j) => carried[j]!));
  });
  const names = Object.fromEntries(entityKinds.map((kind) => [kind, countNames(raw.map((e) => e.data.entities[kind]), nameKeys[kind])])) as Record<EntityKind, ReturnType<typeof countNames>>;
  const hasPage = (kind: EntityKind, name: string): boolean => {
    const { counts, keys } = names[kind];
    return (counts.get(keys.get(name) ?? nameKeys[kind](name))?.count ?? 0) >= minEntityArticles;
  };
  const spellings = { people: names.people.keys, places: names.places.keys, organizations: names.organizations.keys };
  const archive = { entries, byId: new Map(entries.map((e) => [e.data.id, e])), stories, nameKeys, hasPage, spellings, related };
  last = { raw, from: raw.map((e) => e.data), archive };
  return archive;
}

/**
 * A name as related articles take it, `kind:key` (its kind and merged key, `people:mike pompeo`):
 * one string per key, made once and then shared, so that finding the feature of a name a thousand
 * articles give hashes one string, not a thousand (at 100,000 articles, a million names).
 */
function nameFeatures(nameKeys: Readonly<Record<EntityKind, (name: string) => string>>): (kind: EntityKind, name: string) => string {
  const made = new Map<EntityKind, Map<string, string>>(entityKinds.map((kind) => [kind, new Map()]));
  return (kind, name) => {
    const key = nameKeys[kind](name);
    const features = made.get(kind);
    let feature = features?.get(key);
    if (feature === undefined) {
      feature = `${kind}:${key}`;
      features?.set(key, feature);
    }
    return feature;
  };
}

/** Every entry, newest first, with carried dates (see `loadArchive`). */
export async function loadArticles(): Promise<Entry[]> {
  return [...(await loadArchive()).entries];
}

/**
 * `make` of an archive, made once per archive (`loadArchive` gives the same object while the
 * collection is the same): a deliberate cache for what many routes read (the lists below, at
 * 100,000 articles 50 to 100 ms each, were made ten times a build). What it makes is shared, so
 * it must not be changed.
 */
export function perArchive<T>(make: (archive: Archive) => T): (archive: Archive) => T {
  const made = new WeakMap<Archive, T>();
  return (archive) => {
    if (!made.has(archive)) made.set(archive, make(archive));
    return made.get(archive) as T;
  };
}

const listingOf = perArchive(({ entries, stories, byId }): readonly Listed[] =>
  entries.flatMap((entry) => {
    const story = stories.get(entry.data.id);
    if (!story) return [{ entry, versions: [] }];
    if (story.members[0] !== entry.data.id) return [];
    const versions = story.members.slice(1).flatMap((id) => {
      const other = byId.get(id);
      return other ? [articleLink(other.data)] : [];
    });
    return [{ entry, versions }];
  }),
);

const listedLinksOf = perArchive((archive): readonly ArticleLink[] =>
  listingOf(archive).map(({ entry, versions }) => (versions.length === 0 ? listedAlone(articleLink(entry.data)) : { ...articleLink(entry.data), versions })),
);

/** The timeline's years and months with their counts, each story once (`countByYear` of the listed links): every timeline page's navigation shows them. */
const yearSummaryOf = perArchive((archive): YearSummary => countByYear(listedLinksOf(archive)));

/** The years whose timeline gives each month a page of its own (`loadMonthPageYears`), for an archive at hand. */
export const monthPageYearsOf = perArchive((archive): ReadonlySet<string> => monthPageYears(yearSummaryOf(archive)));

/**
 * What lists show: each story once, at its leading version (the oldest stated date), with the
 * other versions under it; an article told once stands alone. Newest first.
 */
export async function loadListing(): Promise<readonly Listed[]> {
  return listingOf(await loadArchive());
}

/** The listing as timeline links: each story once, its other versions under it. */
export async function loadListedLinks(): Promise<readonly ArticleLink[]> {
  return listedLinksOf(await loadArchive());
}

/** The timeline's years and months with their article counts, each story once, made once a build (six routes counted them each). */
export async function loadYearSummary(): Promise<YearSummary> {
  return yearSummaryOf(await loadArchive());
}

/** The years whose timeline gives each month a page of its own, counted as the timeline counts them (each story once). */
export async function loadMonthPageYears(): Promise<ReadonlySet<string>> {
  return monthPageYearsOf(await loadArchive());
}

/** The archive's names of one kind (authors, sources, people…), each with its articles as links, newest first; largest groups first. */
export async function loadNamed(kind: NamedKindId): Promise<readonly NamedGroup<ArticleLink>[]> {
  const archive = await loadArchive();
  const made = namedOf(archive);
  let groups = made.get(kind);
  if (groups === undefined) {
    groups = namedGroups(archive, kind);
    made.set(kind, groups);
  }
  return groups;
}

/** Each kind's names, made once per archive: the names' pages and the kind's index both read them. */
const namedOf = perArchive(() => new Map<NamedKindId, readonly NamedGroup<ArticleLink>[]>());

function namedGroups(archive: Archive, kind: NamedKindId): readonly NamedGroup<ArticleLink>[] {
  const { entries, nameKeys } = archive;
  const { names, keyOf } = namedKinds[kind];
  // Grouped by position, then each position's link read from one array: every kind's groups list
  // most articles several times (at 100,000 articles, most of a million links looked up by record).
  const positions = entries.map((_, at) => at);
  const namesAt = (at: number): readonly string[] => names((entries[at] as Entry).data);
  const groups = isEntityKind(kind) ? entityPages(positions, namesAt, nameKeys[kind]) : groupByName(positions, namesAt, keyOf);
  const links = entryLinksOf(archive);
  return groups.map((g) => ({ ...g, articles: g.articles.map((at) => links[at] as ArticleLink) }));
}

/** Each entry's link (`articleLink`), by its position in `entries`: made once per archive, for every kind's groups. */
const entryLinksOf = perArchive(({ entries }): readonly ArticleLink[] => entries.map((e) => articleLink(e.data)));

function isEntityKind(kind: NamedKindId): kind is EntityKind {
  return (entityKinds as readonly string[]).includes(kind);
}
