import { describe, expect, test } from 'vitest';
import { key } from '../../../src/lib/entities/find-entities.ts';
import type { EntityLink } from '../../../src/lib/entities/link-entities.ts';
import { entityKinds } from '../../../src/lib/entities/find-entities.ts';
import { articleNames, type NameGroup } from '../../../src/lib/site/article-names.ts';
import { entityLinks, nameLinker } from '../../../src/lib/site/entity-links.ts';
import { namedKinds } from '../../../src/lib/site/named-kinds.ts';

const keys = { people: key, places: key, organizations: key };
const none = { people: [], places: [], organizations: [] };

const cases = [
    { case: 'no names', entities: none, hasPage: () => true, expected: [] },
    {
      case: 'each kind under its title, in the kinds order',
      entities: { people: ['Mike Pompeo'], places: ['Idlib', 'Ankara'], organizations: ['NATO'] },
      hasPage: () => true,
      expected: [
        { kind: 'people', title: 'People', links: [{ name: 'Mike Pompeo', href: '/people/mike-pompeo/' }] },
        { kind: 'places', title: 'Places', links: [{ name: 'Idlib', href: '/places/idlib/' }, { name: 'Ankara', href: '/places/ankara/' }] },
        { kind: 'organizations', title: 'Organizations', links: [{ name: 'NATO', href: '/organizations/nato/' }] },
      ],
    },
    {
      case: 'names without a page left out, and a kind left with none',
      entities: { people: ['Mike Pompeo', 'Jane Once'], places: ['Nowhere'], organizations: [] },
      hasPage: (_kind: string, name: string) => name !== 'Jane Once' && name !== 'Nowhere',
      expected: [{ kind: 'people', title: 'People', links: [{ name: 'Mike Pompeo', href: '/people/mike-pompeo/' }] }],
    },
    {
      case: 'two spellings of one page listed once, as first given',
      entities: { people: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'], places: [], organizations: [] },
      hasPage: () => true,
      expected: [{ kind: 'people', title: 'People', links: [{ name: 'Recep Tayyip Erdoğan', href: '/people/recep-tayyip-erdogan/' }] }],
    },
];

/** The names' rail as a reader of the article's entity links would make it: by kind (from the address), each address once. */
function namesFromLinks(links: readonly EntityLink[]): NameGroup[] {
  return entityKinds.flatMap((kind) => {
    const byHref = new Map(links.filter((link) => link.href.startsWith(`/${kind}/`)).reverse().map((link) => [link.href, link]));
    const firsts = [...byHref.values()].reverse();
    return firsts.length === 0 ? [] : [{ kind, title: namedKinds[kind].title, links: firsts }];
  });
}

describe('articleNames', () => {
  test.each(cases)('$case', ({ entities, hasPage, expected }) => {
    expect(articleNames(entities, nameLinker(keys, hasPage))).toEqual(expected);
  });

  // An article page's hash takes its entity links for both (`hashedArticleProps`).
  test.each(cases)('$case: follows from the entity links', ({ entities, hasPage }) => {
    expect(articleNames(entities, nameLinker(keys, hasPage))).toEqual(namesFromLinks(entityLinks(entities, nameLinker(keys, hasPage))));
  });

  test('names that share a key share one entry: a shorter form merged into the full name', () => {
    const merged = { ...keys, people: (name: string) => (name === 'Ali Ayoub' ? 'ali abdullah ayoub' : key(name)) };
    const entities = { ...none, people: ['Ali Abdullah Ayoub', 'Ali Ayoub'] };
    expect(articleNames(entities, nameLinker(merged))).toEqual(namesFromLinks(entityLinks(entities, nameLinker(merged))));
    expect(articleNames({ ...none, people: ['Ali Abdullah Ayoub', 'Ali Ayoub'] }, nameLinker(merged))).toEqual([
      { kind: 'people', title: 'People', links: [{ name: 'Ali Abdullah Ayoub', href: '/people/ali-abdullah-ayoub/' }] },
    ]);
  });
});

describe('nameLinker', () => {
  const hasPage = (_kind: string, name: string): boolean => name !== 'Jane Once';

  test.each([
    { case: 'a name with a page', kind: 'people' as const, name: 'Mike Pompeo', expected: { name: 'Mike Pompeo', href: '/people/mike-pompeo/' } },
    { case: 'a spelling of it, under its own name', kind: 'people' as const, name: 'MIKE POMPEO', expected: { name: 'MIKE POMPEO', href: '/people/mike-pompeo/' } },
    { case: 'a name without a page', kind: 'people' as const, name: 'Jane Once', expected: undefined },
    { case: 'a place', kind: 'places' as const, name: 'Idlib', expected: { name: 'Idlib', href: '/places/idlib/' } },
  ])('$case', ({ kind, name, expected }) => {
    expect(nameLinker(keys, hasPage)(kind, name)).toEqual(expected);
  });

  test('gives one link a name, shared by every article that names it', () => {
    const linkOf = nameLinker(keys, hasPage);
    expect(linkOf('people', 'Mike Pompeo')).toBe(linkOf('people', 'Mike Pompeo'));
    expect(linkOf('people', 'Mike Pompeo')).not.toBe(linkOf('places', 'Mike Pompeo'));
  });
});
