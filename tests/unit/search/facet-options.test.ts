import { describe, expect, test } from 'vitest';
import { entityKinds } from '../../../src/lib/entities/entity-kinds.ts';
import { facetOptions, nameMenuLimit, type NameGroups } from '../../../src/lib/search/facet-options.ts';
import { entityKeysOf, entityPages } from '../../../src/lib/site/entity-pages.ts';

const none = { people: [], places: [], organizations: [] };
const noNames = { people: [], places: [], organizations: [] };

describe('facetOptions', () => {
  test.each([
    {
      name: 'years newest first, sources A–Z, with article counts, and the undated ones',
      articles: [
        { date: '2016-09-18', source: 'VOA', entities: none },
        { date: null, source: null, entities: none },
        { date: '2020', source: 'AFP', entities: none },
        { date: '2020-03', source: 'VOA', entities: none },
        { date: null, source: 'AFP', entities: none },
      ],
      expected: {
        years: [{ value: 2020, count: 2 }, { value: 2016, count: 1 }],
        dated: 3,
        undated: 2,
        sources: [{ value: 'AFP', count: 2 }, { value: 'VOA', count: 2 }],
        ...noNames,
      },
    },
    {
      name: 'people, places and organizations that have a page, most articles first, then A–Z',
      articles: [
        { date: null, source: null, entities: { people: ['Mike Pompeo', 'Vladimir Putin'], places: ['Idlib'], organizations: ['NATO'] } },
        { date: null, source: null, entities: { people: ['Mike Pompeo', 'Ali Ayoub'], places: ['Idlib', 'Ankara'], organizations: ['NATO'] } },
        { date: null, source: null, entities: { people: ['Vladimir Putin', 'Mike Pompeo'], places: ['Moscow'], organizations: [] } },
      ],
      expected: {
        years: [],
        dated: 0,
        undated: 3,
        sources: [],
        people: [{ value: 'Mike Pompeo', count: 3 }, { value: 'Vladimir Putin', count: 2 }],
        places: [{ value: 'Idlib', count: 2 }],
        organizations: [{ value: 'NATO', count: 2 }],
      },
    },
    { name: 'no source anywhere: no source options', articles: [{ date: null, source: null, entities: none }], expected: { years: [], dated: 0, undated: 1, sources: [], ...noNames } },
    { name: 'no article', articles: [], expected: { years: [], dated: 0, undated: 0, sources: [], ...noNames } },
  ])('$name', ({ articles, expected }) => {
    expect(facetOptions(articles)).toEqual(expected);
  });

  test('each name menu offers at most the limit, the names with the most articles', () => {
    const entities = (people: string[]) => ({ people, places: [], organizations: [] });
    const articles = [entities(['A', 'B', 'C']), entities(['A', 'B', 'C']), entities(['A', 'B']), entities(['A'])].map((e) => ({ date: null, source: null, entities: e }));
    expect(facetOptions(articles, 2).people).toEqual([{ value: 'A', count: 4 }, { value: 'B', count: 3 }]);
    expect(nameMenuLimit).toBeGreaterThanOrEqual(50);
  });

  test("the name pages' groups of the same articles, in another order, give the same names", () => {
    const people = [['Mike Pompeo', 'Vladimir Putin'], ['Mike Pompeo', 'Ali Ayoub'], ['Vladimir Putin', 'Mike Pompeo'], ['mike pompeo'], ['Ali Ayoub']];
    const articles = people.map((names, i) => ({ date: i % 2 === 0 ? '2020-01-01' : null, source: null, entities: { people: names, places: names.slice(1), organizations: [] } }));
    const keys = entityKeysOf(articles);
    const newestFirst = [...articles].reverse();
    const groups = Object.fromEntries(entityKinds.map((kind) => [kind, entityPages(newestFirst, (a) => a.entities[kind], keys[kind])])) as unknown as NameGroups;
    expect(facetOptions(articles, nameMenuLimit, groups)).toEqual(facetOptions(articles));
  });
});
