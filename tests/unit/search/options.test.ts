import { describe, expect, test } from 'vitest';
import { processTerm, tokenize } from '../../../src/lib/search/options';
import { queryTerms } from '../../../src/lib/search/sharded-search';

describe('processTerm', () => {
  test.each([
    { word: 'Pompeo', expected: 'pompeo' },
    { word: 'Erdoğan', expected: 'erdogan' },
    { word: 'ÇAVUŞOĞLU', expected: 'cavusoglu' },
    { word: 'the', expected: null },
    { word: '', expected: null },
    { word: '2020', expected: '2020' },
  ])('$word → $expected', ({ word, expected }) => {
    expect(processTerm(word)).toBe(expected);
  });
});

describe('tokenize and queryTerms', () => {
  test.each([
    { query: "Turkey's soldiers", expected: ['turkey', 's', 'soldiers'] },
    { query: 'al-Assad, Idlib.', expected: ['al', 'assad', 'idlib'] },
    { query: 'the war in Syria', expected: ['war', 'syria'] },
    { query: '<b>bold</b>', expected: ['b', 'bold', 'b'] },
  ])('$query', ({ query, expected }) => {
    expect(queryTerms(query)).toEqual(expected);
  });

  test('splits on spaces and punctuation like MiniSearch', () => {
    expect(tokenize('a,b  c—d')).toEqual(['a', 'b', 'c', 'd']);
  });
});
