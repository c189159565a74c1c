import { describe, expect, test } from 'vitest';
import { commonWordsOnly, commonWordsText } from '../../../src/lib/search/common-words.ts';

describe('commonWordsOnly', () => {
  test.each([
    { query: 'the', expected: ['the'] },
    { query: 'The of, and!', expected: ['The', 'of', 'and'] },
    { query: 'the Pompeo', expected: null },
    { query: 'pompeo', expected: null },
    { query: '   ', expected: null },
    { query: '?!', expected: null },
  ])('“$query” → $expected', ({ query, expected }) => {
    expect(commonWordsOnly(query)).toEqual(expected);
  });
});

describe('commonWordsText', () => {
  test.each([
    { words: ['the'], expected: '“the” is too common a word to search for: nearly every article has it. Try a rarer word, such as a name or a place.' },
    { words: ['of', 'the'], expected: '“of” and “the” are too common words to search for: nearly every article has them. Try a rarer word, such as a name or a place.' },
    { words: ['a', 'b', 'c'], expected: /^“a”, “b” and “c” are too common words/ },
  ])('$words', ({ words, expected }) => {
    expect(commonWordsText(words)).toMatch(expected);
  });
});
