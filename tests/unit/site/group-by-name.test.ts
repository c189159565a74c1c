import { describe, expect, test } from 'vitest';
import { nameSlug } from '../../../src/lib/article/slug.ts';
import { groupByName } from '../../../src/lib/site/group-by-name.ts';

describe('nameSlug', () => {
  test.each([
    { name: 'Recep Tayyip Erdoğan', expected: 'recep-tayyip-erdogan' },
    { name: 'Recep Tayyip Erdogan', expected: 'recep-tayyip-erdogan' },
    { name: "Seán O'Neill", expected: 'sean-oneill' },
    { name: 'Agence France-Presse', expected: 'agence-france-presse' },
  ])('$name → $expected', ({ name, expected }) => {
    expect(nameSlug(name)).toBe(expected);
  });

  test('a name with no Latin letters still gets a stable segment', () => {
    expect(nameSlug('Иван Петров')).toMatch(/^n-[0-9a-f]{6}$/u);
    expect(nameSlug('Иван Петров')).toBe(nameSlug('Иван Петров'));
  });
});

describe('groupByName', () => {
  const articles = [
    { id: 'a', names: ['Jane Doe', 'John Roe'] },
    { id: 'b', names: ['jane doe'] },
    { id: 'c', names: ['Jane Doe'] },
    { id: 'd', names: [] },
  ];

  test('one group per name, whatever its case or accents, under its most frequent spelling; largest first', () => {
    expect(groupByName(articles, (a) => a.names).map((g) => [g.slug, g.name, g.articles.map((a) => a.id)])).toEqual([
      ['jane-doe', 'Jane Doe', ['a', 'b', 'c']],
      ['john-roe', 'John Roe', ['a']],
    ]);
  });

  test('an article that gives two spellings of one name is in its group once', () => {
    const spelled = [{ id: 'a', names: ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan'] }, { id: 'b', names: ['Recep Tayyip Erdogan'] }];
    expect(groupByName(spelled, (a) => a.names).map((g) => [g.name, g.articles.map((a) => a.id)])).toEqual([['Recep Tayyip Erdogan', ['a', 'b']]]);
  });
});
