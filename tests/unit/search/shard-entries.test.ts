import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shardEntries } from '../../../src/lib/search/shard-entries.ts';
import type { ShardEntry } from '../../../src/lib/search/types.ts';

/** What shardEntries should give for entries: each term with its entry stringified. */
const expected = (entries: readonly ShardEntry[]): Map<string, string> => new Map(entries.map((entry) => [entry[0], JSON.stringify(entry)]));

describe('shardEntries', () => {
  test.each<{ name: string; entries: ShardEntry[] }>([
    { name: 'no entries', entries: [] },
    { name: 'one term, three fields', entries: [['erdogan', [0, 2, 5, 1], [], [3, 1]]] },
    { name: 'several terms', entries: [['ab', [1, 1]], ['abc', [], [0, 4]], ['abd', [2, 1, 1, 1]]] },
    { name: 'terms JSON escapes', entries: [['a"b', [1, 1]], ['a\\b', [2, 1]], ['[x]', [3, 1]], ['é’ü', [4, 1]], ['tab\there', [5, 1]]] },
  ])('$name: each entry by term, as its JSON text', ({ entries }) => {
    expect(shardEntries(JSON.stringify(entries), 'terms/ab.0.json')).toEqual(expected(entries));
  });

  test('any shard: the entries as JSON.stringify gives them', () => {
    const entry = fc.tuple(fc.string(), fc.array(fc.array(fc.nat({ max: 100_000 }), { maxLength: 6 }), { maxLength: 3 })).map(([term, lists]): ShardEntry => [term, ...lists]);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e[0] }), (entries) => {
        expect(shardEntries(JSON.stringify(entries), 'terms/x.0.json')).toEqual(expected(entries));
      }),
    );
  });

  test.each(['', '{}', '["ab",[1,1]]', '[["ab",[1,1]', '[["ab",[1,"x"]]]', '[["ab",[1,1]];["cd",[]]]', '[[1,[1,1]]]'])('%j: an error naming the file', (text) => {
    expect(() => shardEntries(text, 'terms/ab.0.json')).toThrow(/terms\/ab\.0\.json is not a posting shard.*--full/);
  });
});
