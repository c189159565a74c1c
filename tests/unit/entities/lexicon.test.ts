import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, test } from 'vitest';
import { lexicon, lexiconGroups, otherTag } from '../../../src/lib/entities/lexicon.ts';

const source = (nlp.model() as { one: { lexicon: Record<string, string | readonly string[]> } }).one.lexicon;

describe('the entity lexicon file', () => {
  test('matches compromise\'s lexicon as installed (after upgrading compromise, run `npm run lexicon`)', () => {
    const stored: unknown = JSON.parse(readFileSync(new URL('../../../src/lib/entities/lexicon.json', import.meta.url), 'utf8'));
    expect(stored).toEqual(lexiconGroups(source));
  });

  test('knows every word compromise knows', () => {
    expect(lexicon.size).toBe(Object.keys(source).length);
  });
});

describe('lexiconGroups', () => {
  test.each([
    { name: 'a tag the finder reads', words: { paris: 'City' }, groups: { City: ['paris'] } },
    { name: 'a word with several tags, sorted', words: { georgia: ['Region', 'FemaleName', 'Country'] }, groups: { 'Country|FemaleName|Region': ['georgia'] } },
    { name: 'tags the finder does not read', words: { walking: 'Gerund', table: ['Singular', 'Noun'] }, groups: { [otherTag]: ['table', 'walking'] } },
    { name: 'only the tags the finder reads', words: { will: ['Modal', 'MaleName'] }, groups: { MaleName: ['will'] } },
  ])('$name', ({ words, groups }) => {
    expect(lexiconGroups(words)).toEqual(groups);
  });
});
