import { describe, expect, test } from 'vitest';
import type { EntityKind } from '../../../src/lib/entities/entity-kinds.ts';
import { articleDependencies, articlesToRender, dependenciesFromJson, dependenciesToJson } from '../../../src/lib/site/article-dependencies.ts';
import type { NameLinker } from '../../../src/lib/site/entity-links.ts';
import type { Archive } from '../../../src/lib/site/load-articles.ts';

/** An article of a test archive: its id, date, file digest and the people it names. */
interface Spec {
  readonly id: string;
  readonly date: string | null;
  readonly digest?: string | undefined;
  readonly people?: readonly string[];
}

/** An archive of `specs` in the home page's order (newest first, as given), with related articles and stories by id. */
function archiveOf(specs: readonly Spec[], { related = {}, stories = [] }: { related?: Record<string, string[]>; stories?: string[][] } = {}): Archive {
  const entries = specs.map(({ id, date, digest = `${id}-1`, people = [] }) => ({
    id,
    collection: 'articles',
    filePath: `src/content/articles/${id}.json`,
    digest: digest === 'none' ? undefined : digest,
    data: { id, date, dateSource: 'explicit', entities: { people, places: [], organizations: [] } },
  })) as unknown as Archive['entries'];
  const byId = new Map(entries.map((entry) => [entry.data.id, entry]));
  const storyOf = new Map(stories.flatMap((members) => members.map((id) => [id, { members, stated: null }] as const)));
  const relatedOf = new Map(Object.entries(related).map(([id, others]) => [id, others.map((other) => byId.get(other)!)]));
  const spellingsOf = (kind: EntityKind): Map<string, string> => new Map(entries.flatMap((entry) => entry.data.entities[kind].map((name) => [name, name] as const)));
  const spellings = { people: spellingsOf('people'), places: spellingsOf('places'), organizations: spellingsOf('organizations') };
  return { entries, byId, stories: storyOf, related: relatedOf, nameKeys: {} as Archive['nameKeys'], hasPage: () => true, spellings };
}

/** Names link to `/people/<name>/`, but for the names in `moved` (to `/people/<name>-2/`) and those in `without` (no page). */
const linker =
  ({ moved = [], without = [] }: { moved?: string[]; without?: string[] } = {}): NameLinker =>
  (kind: EntityKind, name: string) =>
    without.includes(name) ? undefined : { name, href: `/${kind}/${name}/${moved.includes(name) ? '-2' : ''}` };

const base: Spec[] = [
  { id: 'a', date: '2021-05-02', people: ['ada'] },
  { id: 'b', date: '2021-05-01' },
  { id: 'c', date: '2021-04-20', people: ['ada'] },
  { id: 'd', date: '2021-04-10' },
  { id: 'e', date: '2020-01-05' },
  { id: 'f', date: null },
];

/** What a rebuild renders going from the base archive to another (sorted ids, or `all`). */
function render(now: Archive, { last = archiveOf(base), years = [], lastYears = [], names = linker() }: { last?: Archive; years?: string[]; lastYears?: string[]; names?: NameLinker } = {}): string[] | 'all' {
  const before = articleDependencies(last, new Set(lastYears), linker());
  const after = articleDependencies(now, new Set(years), names);
  // Through the JSON the build keeps, as a rebuild reads it.
  const result = articlesToRender(now, after, dependenciesFromJson(dependenciesToJson(before))!);
  return result === 'all' ? 'all' : [...result].sort();
}

const without = (id: string): Spec[] => base.filter((spec) => spec.id !== id);
const changed = (id: string, change: Partial<Spec>): Spec[] => base.map((spec) => (spec.id === id ? { ...spec, ...change } : spec));

describe('articlesToRender', () => {
  test.each<{ name: string; now: Archive; options?: Parameters<typeof render>[1]; expected: string[] | 'all' }>([
    { name: 'nothing changed', now: archiveOf(base), expected: [] },
    { name: 'an article changed: itself, its neighbours and its month', now: archiveOf(changed('d', { digest: 'd-2' })), expected: ['c', 'd', 'e'] },
    { name: 'an undated article changed: itself and its neighbour', now: archiveOf(changed('f', { digest: 'f-2' })), expected: ['e', 'f'] },
    { name: 'an article added: itself, its new neighbours and its month', now: archiveOf([...base.slice(0, 4), { id: 'n', date: '2020-01-20' }, ...base.slice(4)]), expected: ['d', 'e', 'n'] },
    { name: 'an article removed: its neighbours, now side by side, and its month', now: archiveOf(without('b')), expected: ['a', 'c'] },
    { name: 'an article whose related articles changed', now: archiveOf(base, { related: { e: ['a'] } }), expected: ['e'] },
    {
      name: 'a changed article listed as related: the pages listing it',
      now: archiveOf(changed('a', { digest: 'a-2' }), { related: { e: ['a'] } }),
      options: { last: archiveOf(base, { related: { e: ['a'] } }) },
      expected: ['a', 'b', 'e'],
    },
    { name: 'a story found: its versions and their months', now: archiveOf(base, { stories: [['c', 'e']] }), expected: ['c', 'd', 'e'] },
    {
      name: 'a version changed: its story too',
      now: archiveOf(changed('e', { digest: 'e-2' }), { stories: [['c', 'e']] }),
      options: { last: archiveOf(base, { stories: [['c', 'e']] }) },
      expected: ['c', 'd', 'e', 'f'],
    },
    { name: "a name's page moved: the articles that give it", now: archiveOf(base), options: { names: linker({ moved: ['ada'] }) }, expected: ['a', 'c'] },
    { name: "a name's page gone", now: archiveOf(base), options: { names: linker({ without: ['ada'] }) }, expected: ['a', 'c'] },
    { name: 'an entry without a digest, always', now: archiveOf(changed('e', { digest: 'none' })), options: { last: archiveOf(changed('e', { digest: 'none' })) }, expected: ['d', 'e', 'f'] },
    { name: 'the years whose months have pages changed: every article', now: archiveOf(base), options: { years: ['2021'] }, expected: 'all' },
  ])('$name', ({ now, options, expected }) => {
    expect(render(now, options)).toEqual(expected);
  });
});

describe('dependenciesFromJson', () => {
  test.each([
    ['damaged JSON', '{"monthPageYears":'],
    ['another shape', '{"articles":{}}'],
  ])('%s gives nothing to compare with', (_, text) => {
    expect(dependenciesFromJson(text)).toBeUndefined();
  });
});
