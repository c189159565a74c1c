import { describe, expect, test } from 'vitest';
import { PostingLists } from '../../../src/lib/search/posting-lists.ts';

/** The same postings kept the plain way: an array per term and field. */
function plain(adds: readonly [term: string, field: number, doc: number, freq: number][], fields: number): Map<string, number[][]> {
  const lists = new Map<string, { gaps: number[]; last: number }[]>();
  for (const [term, field, doc, freq] of adds) {
    if (!lists.has(term)) lists.set(term, Array.from({ length: fields }, () => ({ gaps: [], last: 0 })));
    const list = lists.get(term)?.[field];
    if (list === undefined) throw new Error('no list');
    list.gaps.push(doc - list.last, freq);
    list.last = doc;
  }
  return new Map([...lists].map(([term, byField]) => [term, byField.map((list) => list.gaps)]));
}

function kept(adds: readonly [string, number, number, number][], fields: number): Map<string, number[][]> {
  const postings = new PostingLists(fields);
  for (const [term, field, doc, freq] of adds) postings.add(term, field, doc, freq);
  return new Map([...postings.keys()].map((term) => [term, postings.get(term) ?? []]));
}

describe('PostingLists', () => {
  test.each([
    ['one posting', [['harbour', 0, 0, 1]]],
    ['a term in two fields, gaps counted per field', [['harbour', 0, 0, 2], ['harbour', 1, 3, 1], ['harbour', 0, 5, 1], ['harbour', 1, 9, 4]]],
    ['terms in the order first added', [['tram', 2, 0, 1], ['harbour', 0, 1, 1], ['tram', 0, 2, 3]]],
    ['a list longer than a block', Array.from({ length: 40 }, (_, doc): [string, number, number, number] => ['harbour', 1, doc * 2, doc + 1])],
    ['numbers of one to five bytes, split across blocks', [0, 127, 128, 16_383, 16_384, 2_097_151, 2_097_152, 268_435_455, 268_435_456, 2_147_483_647].map((doc, i): [string, number, number, number] => ['harbour', 0, doc, [1, 127, 128, 300, 70_000][i % 5] ?? 1])],
  ] as [string, [string, number, number, number][]][])('%s', (_, adds) => {
    expect(kept(adds, 3)).toEqual(plain(adds, 3));
  });

  test('grows past its first blocks and lists, and knows no term it was not given', () => {
    const adds: [string, number, number, number][] = [];
    for (let doc = 0; doc < 300; doc++) for (let t = 0; t < 40; t++) if ((doc * 7 + t) % 3 !== 0) adds.push([`term${(doc * 13 + t) % 2000}`, t % 3, doc, 1 + (t % 5)]);
    const postings = new PostingLists(3);
    for (const [term, field, doc, freq] of adds) postings.add(term, field, doc, freq);
    expect(new Map([...postings.keys()].map((term) => [term, postings.get(term) ?? []]))).toEqual(plain(adds, 3));
    expect(postings.size).toBe(new Set(adds.map(([term]) => term)).size);
    expect(postings.get('absent')).toBeUndefined();
  });

  test('keeps lists apart across pages of blocks', () => {
    // More lists than a page holds blocks (65,536), each with a block of its own, then a posting more each.
    const adds: [string, number, number, number][] = [];
    for (let t = 0; t < 70_000; t++) adds.push([`t${t}`, 0, t, 1]);
    for (let t = 0; t < 70_000; t += 7) adds.push([`t${t}`, 0, 100_000 + t, 2], [`t${t}`, 0, 100_001 + t, 3]);
    expect(kept(adds, 1)).toEqual(plain(adds, 1));
  });
});
