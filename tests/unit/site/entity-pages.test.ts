import { describe, expect, test } from 'vitest';
import { entityKeysOf, entityPages, minEntityArticles } from '../../../src/lib/site/entity-pages.ts';

const article = (id: string, people: string[]) => ({ id, entities: { people, places: [], organizations: [] } });

describe('entityPages', () => {
  test.each([
    {
      name: `names given by ${minEntityArticles} articles or more, most articles first, then A–Z`,
      articles: [article('a', ['Mike Pompeo', 'John Kerry']), article('b', ['John Kerry', 'Mike Pompeo', 'Vladimir Putin']), article('c', ['Vladimir Putin', 'Mike Pompeo']), article('d', ['Ali Ayoub'])],
      expected: [['Mike Pompeo', 'a b c'], ['John Kerry', 'a b'], ['Vladimir Putin', 'b c']],
    },
    {
      name: 'variants merged across the archive, under the most frequent spelling',
      articles: [article('a', ['Ali Ayoub']), article('b', ['Ali Abdullah Ayoub']), article('c', ['Recep Tayyip Erdoğan']), article('d', ['Recep Tayyip Erdogan']), article('e', ['Recep Tayyip Erdoğan'])],
      expected: [['Recep Tayyip Erdoğan', 'c d e'], ['Ali Abdullah Ayoub', 'a b']],
    },
    { name: 'a name one article gives twice has no page', articles: [article('a', ['Bashar al-Assad', 'Bashar Assad'])], expected: [] },
  ])('$name', ({ articles, expected }) => {
    const keys = entityKeysOf(articles);
    const pages = entityPages(articles, (a) => a.entities.people, keys.people);
    expect(pages.map((g) => [g.name, g.articles.map((a) => a.id).join(' ')])).toEqual(expected);
  });
});
