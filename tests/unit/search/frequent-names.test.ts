import { describe, expect, test } from 'vitest';
import { frequentNames } from '../../../src/lib/search/frequent-names.ts';

const article = (title: string, authors: string[] = [], source: string | null = null) => ({ title, authors, source });

describe('frequentNames', () => {
  const articles = [
    article('Pompeo warns Turkey over Idlib', ['Jane Doe'], 'AFP'),
    article('Turkey answers Pompeo', ['Jane Doe', 'John Roe'], 'VOA'),
    article('pompeo in Ankara, 2020', ['John Roe'], 'AFP'),
    article('The talks of the year', [], null),
  ];

  test.each([
    { list: 'authors' as const, expected: [{ name: 'Jane Doe', count: 2 }, { name: 'John Roe', count: 2 }] },
    { list: 'sources' as const, expected: [{ name: 'AFP', count: 2 }, { name: 'VOA', count: 1 }] },
    { list: 'headlineWords' as const, expected: [{ name: 'Pompeo', count: 3 }, { name: 'Turkey', count: 2 }] },
  ])('$list: most articles first, ties A–Z', ({ list, expected }) => {
    expect(frequentNames(articles)[list]).toEqual(expected);
  });

  test('keeps to the limit', () => {
    expect(frequentNames(articles, { limit: 1 })).toEqual({
      authors: [{ name: 'Jane Doe', count: 2 }],
      sources: [{ name: 'AFP', count: 2 }],
      headlineWords: [{ name: 'Pompeo', count: 3 }],
    });
  });

  test('an empty archive has no names', () => {
    expect(frequentNames([])).toEqual({ authors: [], sources: [], headlineWords: [] });
  });
});
