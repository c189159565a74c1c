import fc from 'fast-check';
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
    expect(findRelated(archive, undefined, { most: 0 }).size).toBe(0);
  });

  test('equal scores keep the archive order', () => {
    const ties = [a('x', ['people:a'], ['w']), a('y1', ['people:a'], ['w']), a('y2', ['people:a'], ['w']), a('z', ['places:b'], ['v'])];
    const options = { commonShare: 1 };
    expect(findRelated(ties, undefined, options).get('x')).toEqual(['y1', 'y2']);
    expect(findRelated(ties, undefined, { ...options, most: 1 }).get('x')).toEqual(['y1']);
    expect(findRelated(ties, undefined, { ...options, most: 1 }).get('y2')).toEqual(['x']);
  });

  test('the best `most` are the start of the whole ranking, ties in archive order, excluded pairs never counted', () => {
    // Few features over many articles: many equal scores, and more candidates than `most`.
    const feature = fc.constantFrom('people:a', 'people:b', 'places:c', 'w', 'x', 'y', 'z');
    const articles = fc.array(fc.tuple(fc.uniqueArray(feature, { maxLength: 4 }), fc.nat(3)), { minLength: 2, maxLength: 30 });
    fc.assert(
      fc.property(articles, fc.integer({ min: 1, max: 4 }), (list, most) => {
        const input = list.map(([features, group], i) => a(`a${i}-${group}`, features.filter((f) => f.includes(':')), features.filter((f) => !f.includes(':'))));
        const sameGroup = (x: string, y: string): boolean => x.split('-')[1] === y.split('-')[1] && x.endsWith('-0');
        const options = { least: 0, leastWithoutNames: 0, commonShare: 1 };
        const whole = findRelated(input, sameGroup, { ...options, most: input.length });
        const best = findRelated(input, sameGroup, { ...options, most });
        for (const { id } of input) {
          expect(best.get(id)).toEqual(whole.get(id)?.slice(0, most));
          for (const other of whole.get(id) ?? []) expect(sameGroup(id, other)).toBe(false);
        }
      }),
    );
  });
});

describe('keyTerms', () => {
  test('the most frequent content words, no stopwords, no short words', () => {
    expect(keyTerms(['The ferry sailed. The ferry was late, and the ferry crew said the storm was over.', 'The storm had passed.'])).toEqual(['ferry', 'storm', 'sailed', 'late', 'crew', 'passed']);
  });
});
