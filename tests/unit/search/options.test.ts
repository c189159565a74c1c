import { describe, expect, test } from 'vitest';
import { processTerm, someStartsWith, tokenize, typoMatched } from '../../../src/lib/search/options.ts';
import { queryTerms } from '../../../src/lib/search/sharded-search.ts';

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

describe('someStartsWith', () => {
  const sorted = ['back', 'beck', 'becker', 'deck', 'neck'];
  test.each([
    { prefix: 'beck', expected: true },
    { prefix: 'becke', expected: true },
    { prefix: 'beckers', expected: false },
    { prefix: 'bec', expected: true },
    { prefix: 'bad', expected: false },
    { prefix: 'a', expected: false },
    { prefix: 'z', expected: false },
    { prefix: 'neck', expected: true },
  ])('$prefix → $expected', ({ prefix, expected }) => {
    expect(someStartsWith(sorted, prefix)).toBe(expected);
  });

  test('an empty list has none', () => {
    expect(someStartsWith([], 'a')).toBe(false);
  });
});

describe('typoMatched: one typo only for words of four letters or more that the archive lacks', () => {
  test.each([
    { term: 'beck', inArchive: true, expected: false },
    { term: 'bekc', inArchive: false, expected: true },
    { term: 'bek', inArchive: false, expected: false },
    { term: 'pompao', inArchive: false, expected: true },
  ])('$term (archive has it or a word it starts: $inArchive) → $expected', ({ term, inArchive, expected }) => {
    expect(typoMatched(term, () => inArchive)).toBe(expected);
  });
});
