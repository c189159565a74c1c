import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { defaultRelatedOptions, findRelated, type Relatable, type RelatedOptions } from '../../../src/lib/related/find-related.ts';
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

/**
 * Related articles as their definition reads, pair by pair: each pair's cosine over the features
 * both have (summed in the earlier article's order, as `findRelated` sums them), the pairs under
 * the thresholds or excluded left out, each article's candidates sorted (score, then position).
 */
function relatedByDefinition(articles: readonly Relatable[], exclude: (a: string, b: string) => boolean, o: RelatedOptions): Map<string, string[]> {
  const featuresOf = articles.map((x) => [...new Set([...x.names.map((n) => `n:${n}`), ...x.terms.map((t) => `t:${t}`)])]);
  const df = new Map<string, number>();
  for (const list of featuresOf) for (const f of list) df.set(f, (df.get(f) ?? 0) + 1);
  const limit = Math.min(o.maxPostings, Math.max(2, articles.length * o.commonShare));
  const weight = (f: string): number => ((df.get(f) ?? 0) > limit ? 0 : Math.log(Math.max(2, articles.length) / (df.get(f) ?? 1)) * (f.startsWith('n:') ? o.nameWeight : 1));
  const norms = featuresOf.map((list) => Math.sqrt(list.reduce((sum, f) => sum + weight(f) ** 2, 0)));
  const candidates = articles.map((): { j: number; score: number }[] => []);
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const shared = featuresOf[i]!.filter((f) => weight(f) !== 0 && featuresOf[j]!.includes(f));
      if (shared.length === 0) continue;
      const score = shared.reduce((sum, f) => sum + weight(f) * weight(f), 0) / (norms[i]! * norms[j]! || 1);
      if (score < (shared.some((f) => f.startsWith('n:')) ? o.least : o.leastWithoutNames) || exclude(articles[i]!.id, articles[j]!.id)) continue;
      candidates[i]!.push({ j, score });
      candidates[j]!.push({ j: i, score });
    }
  }
  const related = new Map<string, string[]>();
  candidates.forEach((list, i) => {
    const best = list.sort((x, y) => y.score - x.score || x.j - y.j).slice(0, o.most);
    if (best.length > 0) related.set(articles[i]!.id, best.map(({ j }) => articles[j]!.id));
  });
  return related;
}

describe('findRelated against its definition', () => {
  test('random archives: the same lists as scoring every pair', () => {
    const name = fc.constantFrom('people:a', 'people:b', 'places:c', 'organizations:d');
    const term = fc.constantFrom('w', 'x', 'y', 'z', 'v', 'u', 't', 's');
    const articles = fc.array(fc.tuple(fc.uniqueArray(name, { maxLength: 3 }), fc.uniqueArray(term, { maxLength: 5 }), fc.nat(4)), { minLength: 2, maxLength: 40 });
    const options = fc.record({ most: fc.integer({ min: 1, max: 4 }), least: fc.constantFrom(0, 0.08, 0.3), leastWithoutNames: fc.constantFrom(0, 0.25), commonShare: fc.constantFrom(0.3, 0.5, 1), maxPostings: fc.constantFrom(3, 500) });
    fc.assert(
      fc.property(articles, options, (list, chosen) => {
        const input = list.map(([names, terms, group], i) => a(`a${i}-${group}`, names, terms));
        const sameStory = (x: string, y: string): boolean => x.split('-')[1] === y.split('-')[1] && !x.endsWith('-0');
        const o = { ...defaultRelatedOptions, ...chosen };
        expect(findRelated(input, sameStory, o)).toEqual(relatedByDefinition(input, sameStory, o));
      }),
      { numRuns: 300 },
    );
  });
});

describe('keyTerms', () => {
  test('the most frequent content words, no stopwords, no short words', () => {
    expect(keyTerms(['The ferry sailed. The ferry was late, and the ferry crew said the storm was over.', 'The storm had passed.'])).toEqual(['ferry', 'storm', 'sailed', 'late', 'crew', 'passed']);
  });
});
