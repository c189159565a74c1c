import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { frequentNames, type FrequentName } from '../../../src/lib/search/frequent-names.ts';
import { processTerm, tokenize } from '../../../src/lib/search/options.ts';
import { samplePieces } from '../text/text-samples.ts';

const article = (title: string, authors: string[] = [], source: string | null = null) => ({ title, authors, source });

/**
 * The headline words as the definition reads: in each headline, each word (a term of four letters
 * or more, not a number; an ASCII word shorter than that is not looked at) counted once, under its
 * first spelling there; shown as the spelling counted most (ties A–Z), if in two headlines or more.
 */
function plainHeadlineWords(titles: readonly string[]): FrequentName[] {
  const words = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const title of titles) {
    const counted = new Set<string>();
    for (const token of tokenize(title)) {
      if (token.length < 4 && /^[\x00-\x7f]*$/.test(token)) continue;
      const term = processTerm(token);
      if (term === null || term.length < 4 || /^\d+$/.test(term) || counted.has(term)) continue;
      counted.add(term);
      const word = words.get(term) ?? { count: 0, spellings: new Map<string, number>() };
      word.count++;
      word.spellings.set(token, (word.spellings.get(token) ?? 0) + 1);
      words.set(term, word);
    }
  }
  const byName = (a: FrequentName, b: FrequentName) => b.count - a.count || a.name.localeCompare(b.name, 'en');
  return [...words.values()]
    .filter(({ count }) => count >= 2)
    .map(({ count, spellings }) => ({ name: [...spellings].map(([name, n]) => ({ name, count: n })).sort(byName)[0]?.name ?? '', count }))
    .sort(byName);
}

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

  test('the names kept are those a full sort puts first, ties at the cut A–Z', () => {
    // Authors named 1 to 9 times, several at each count, in no order: the limit cuts through a tie.
    const names = Array.from({ length: 60 }, (_, i) => ({ name: `Author ${String.fromCharCode(90 - (i % 26))}${Math.floor(i / 26)}`, times: 1 + ((i * 7) % 9) }));
    const many = names.flatMap(({ name, times }) => Array.from({ length: times }, () => article('A story', [name])));
    const expected = names
      .map(({ name, times }) => ({ name, count: times }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en'));
    for (const limit of [1, 5, 8, 13, 60, 100]) expect(frequentNames(many, { limit }).authors).toEqual(expected.slice(0, limit));
  });

  test.each([
    { why: 'a word counted once per headline, under the spelling first used in it', titles: ['Pompeo, POMPEO and pompeo', 'POMPEO again', 'POMPEO: Pompeo'], expected: [{ name: 'POMPEO', count: 3 }] },
    { why: 'short words, stop words and numbers left out', titles: ['The 2020 tax cut', 'the 2020 tax cut'], expected: [] },
    { why: 'a short token that folds to a long enough word (a ligature) counted', titles: ['\uFB01nd it', '\uFB01nd them'], expected: [{ name: '\uFB01nd', count: 2 }] },
    { why: 'an accented spelling folded with its plain one', titles: ['Erdoğan speaks', 'Erdogan answers', 'Erdoğan again'], expected: [{ name: 'Erdoğan', count: 3 }] },
  ])('headline words: $why', ({ titles, expected }) => {
    expect(frequentNames(titles.map((title) => article(title))).headlineWords).toEqual(expected);
  });

  test('headline words: as the definition reads them, for any headlines', () => {
    const headline = fc.array(fc.tuple(fc.constantFrom(...samplePieces, 'Pompeo', 'POMPEO', 'pompeo', 'Ankara', 'talks'), fc.constantFrom(' ', '', ', ')), { maxLength: 12 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(fc.array(headline, { maxLength: 30 }), (titles) => {
        expect(frequentNames(titles.map((title) => article(title)), { limit: 1000 }).headlineWords).toEqual(plainHeadlineWords(titles));
      }),
      { numRuns: 500 },
    );
  });

  test('an empty archive has no names', () => {
    expect(frequentNames([])).toEqual({ authors: [], sources: [], headlineWords: [] });
  });
});
