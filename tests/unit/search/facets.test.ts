import { describe, expect, test } from 'vitest';
import { nameFacets, searchFacets } from '../../../src/lib/search/facets.ts';

describe('searchFacets', () => {
  test('lists years newest first and sources alphabetically, skipping unknowns', () => {
    const facets = searchFacets([
      { date: '2016-09-18', source: 'VOA' },
      { date: null, source: null },
      { date: '2020', source: 'AFP' },
      { date: '2020-03', source: 'VOA' },
    ]);
    expect(facets).toEqual({ years: [2020, 2016], sources: ['AFP', 'VOA'] });
  });
});

const none = { people: [], places: [], organizations: [] };
const entities = (people: string[], places: string[] = [], organizations: string[] = []) => ({ entities: { people, places, organizations } });

describe('nameFacets', () => {
  test.each([
    {
      name: 'only names two articles give, most articles first, then A–Z',
      articles: [entities(['Mike Pompeo', 'John Kerry']), entities(['Mike Pompeo', 'Vladimir Putin']), entities(['Vladimir Putin', 'John Kerry', 'Ali Ayoub']), entities(['Mike Pompeo'])],
      people: [
        { name: 'Mike Pompeo', articles: [0, 1, 3] },
        { name: 'John Kerry', articles: [0, 2] },
        { name: 'Vladimir Putin', articles: [1, 2] },
      ],
    },
    {
      name: 'spellings of one name are one option, under the most frequent spelling',
      articles: [entities(['Recep Tayyip Erdoğan']), entities(['Recep Tayyip Erdogan']), entities(['Recep Tayyip Erdogan']), entities(['Ali Ayoub']), entities(['Ali Abdullah Ayoub'])],
      people: [
        { name: 'Recep Tayyip Erdogan', articles: [0, 1, 2] },
        { name: 'Ali Abdullah Ayoub', articles: [3, 4] },
      ],
    },
    {
      name: 'an article giving two spellings counts once',
      articles: [entities(['Bashar al-Assad', 'Bashar Assad']), entities(['Mike Pompeo'])],
      people: [],
    },
    { name: 'no names', articles: [{ entities: none }, { entities: none }], people: [] },
  ])('$name', ({ articles, people }) => {
    expect(nameFacets(articles).people).toEqual(people);
  });

  test('each kind is counted apart: a place is not a person', () => {
    const facets = nameFacets([entities(['Georgia Smith'], ['Georgia'], ['NATO']), entities([], ['Georgia'], ['NATO']), entities(['Georgia Smith'])]);
    expect(facets).toEqual({
      people: [{ name: 'Georgia Smith', articles: [0, 2] }],
      places: [{ name: 'Georgia', articles: [0, 1] }],
      organizations: [{ name: 'NATO', articles: [0, 1] }],
    });
  });
});
