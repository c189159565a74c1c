import { describe, expect, test } from 'vitest';
import { findRelated } from '../../../src/lib/related/find-related.ts';
import { keyTerms } from '../../../src/lib/related/key-terms.ts';

const a = (id: string, names: string[], terms: string[]) => ({ id, names, terms });
const archive = [
  a('syria-1', ['people:putin', 'places:syria', 'places:idlib'], ['ceasefire', 'troops', 'killed']),
  a('syria-2', ['people:putin', 'places:syria'], ['ceasefire', 'sanctions', 'troops']),
  a('syria-3', ['places:syria', 'places:idlib'], ['troops', 'rebels', 'killed']),
  a('ferry', ['places:carrick'], ['ferry', 'island', 'storm']),
  a('weather', ['places:ardle'], ['diaries', 'weather', 'storm']),
  a('other', ['places:paris'], ['museum', 'paintings', 'killed']),
];

describe('findRelated', () => {
  test('articles sharing names come first, best first; none is its own', () => {
    const related = findRelated(archive);
    expect(related.get('syria-1')).toEqual(['syria-2', 'syria-3']);
    expect(related.get('syria-1')).not.toContain('syria-1');
  });

  test('a common word alone makes no link', () => {
    expect(findRelated(archive).get('ferry')).toBeUndefined();
  });

  test('excluded pairs (versions of one story) are left out', () => {
    expect(findRelated(archive, (x, y) => [x, y].sort().join() === 'syria-1,syria-2').get('syria-1')).toEqual(['syria-3']);
  });

  test('at most `most`', () => {
    expect(findRelated(archive, undefined, { most: 1 }).get('syria-1')).toEqual(['syria-2']);
  });
});

describe('keyTerms', () => {
  test('the most frequent content words, no stopwords, no short words', () => {
    expect(keyTerms(['The ferry sailed. The ferry was late, and the ferry crew said the storm was over.', 'The storm had passed.'])).toEqual(['ferry', 'storm', 'sailed', 'late', 'crew', 'passed']);
  });
});
