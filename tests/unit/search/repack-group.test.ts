import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { groupFiles, type WordLists } from '../../../src/lib/search/build-index.ts';
import type { IndexFile } from '../../../src/lib/search/index-file.ts';
import { repackedGroupFiles, shardHolding, type LastGroup } from '../../../src/lib/search/repack-group.ts';
import { shardEntries } from '../../../src/lib/search/shard-entries.ts';
import type { WordList } from '../../../src/lib/search/types.ts';

const lists = (): WordLists => ({ words: [], ends: [], splits: {}, shardOf: new Map() });

/** An entry of `term` about `size` characters long, as the index writes one. */
const entryOf = (term: string, size: number): string => JSON.stringify([term, Array.from({ length: Math.max(1, size) }, () => 1)]);

/** A group's files as `groupFiles` makes them of every entry, by path. */
function wholeGroup(entries: ReadonlyMap<string, string>, shardBytes: number): Map<string, string> {
  const terms = [...entries.keys()].sort();
  return new Map(Array.from(groupFiles('ab', terms, (term) => entries.get(term) ?? '', shardBytes, lists()), (f) => [f.path, f.text ?? '']));
}

/** The group as the last build wrote it (`files`), noting which shards were read. */
function lastGroupOf(files: ReadonlyMap<string, string>): { group: LastGroup; read: Set<number> } {
  const read = new Set<number>();
  const list = JSON.parse(files.get('words/ab.json') ?? '') as WordList;
  const text = (k: number): string => files.get(`terms/ab.${k}.json`) ?? '';
  const group: LastGroup = {
    list,
    shard: (k) => (read.add(k), shardEntries(text(k), `terms/ab.${k}.json`)),
    keptShard: (k, path): IndexFile => ({ path, text: path === `terms/ab.${k}.json` ? null : text(k), digest: `kept ${k}` }),
  };
  return { group, read };
}

/** The files of the repacked group, by path: a kept shard's text taken from the last build's. */
function repacked(files: ReadonlyMap<string, string>, changed: ReadonlyMap<string, string | undefined>, shardBytes: number): { files: Map<string, string>; read: Set<number> } {
  const { group, read } = lastGroupOf(files);
  const out = new Map<string, string>();
  for (const f of repackedGroupFiles('ab', group, changed, shardBytes, lists())) out.set(f.path, f.text ?? files.get(f.path) ?? 'missing');
  return { files: out, read };
}

const sizes = (count: number, size: number): Map<string, string> => new Map(Array.from({ length: count }, (_, i) => [`ab${String(i).padStart(3, '0')}`, entryOf(`ab${String(i).padStart(3, '0')}`, size)]));

describe('repackedGroupFiles', () => {
  // 40 terms of 31 characters in shards of 140: four terms a shard (16 characters to spare), ten shards.
  const before = sizes(40, 10);
  const files = wholeGroup(before, 140);
  test.each([
    { name: 'an entry grown within its shard (the next is read for its first entry, then kept)', change: [['ab013', entryOf('ab013', 11)]], reads: [3, 4] },
    { name: 'a new term that fits', change: [['ab013x', entryOf('ab013x', 1)]], reads: [3, 4] },
    { name: 'a term before the first', change: [['aa', entryOf('aa', 1)]], reads: [0, 1] },
    { name: 'a term after the last', change: [['zz', entryOf('zz', 1)]], reads: [9] },
    { name: "a shard's first entry changed: the shard before it ends by its size, so is read too", change: [['ab020', entryOf('ab020', 12)]], reads: [4, 5, 6] },
    // Entries of one size never bring the cut back to a kept start: every later shard is cut again.
    { name: 'an entry grown past its shard, which then cuts earlier', change: [['ab013', entryOf('ab013', 30)]], reads: [3, 4, 5, 6, 7, 8, 9] },
    { name: 'a term gone', change: [['ab021', undefined]], reads: [5, 6, 7, 8, 9] },
  ] as const)('$name: the files of the whole group, reading shards $reads', ({ change, reads }) => {
    const changed = new Map<string, string | undefined>(change);
    const after = new Map(before);
    for (const [term, text] of changed) text === undefined ? after.delete(term) : after.set(term, text);
    const { files: out, read } = repacked(files, changed, 140);
    expect(out).toEqual(wholeGroup(after, 140));
    expect([...read].sort((a, b) => a - b)).toEqual(reads);
  });

  test('a group left with no term has no files', () => {
    const small = wholeGroup(sizes(2, 3), 100);
    expect(repacked(small, new Map([['ab000', undefined], ['ab001', undefined]]), 100).files.size).toBe(0);
  });

  test('over random groups and changes, gives what groupFiles gives of the whole group', () => {
    const term = fc.stringMatching(/^ab[a-e]{0,3}$/);
    fc.assert(
      fc.property(
        fc.dictionary(term, fc.nat(30), { minKeys: 1, maxKeys: 40 }),
        fc.dictionary(term, fc.option(fc.nat(30)), { maxKeys: 8 }),
        fc.integer({ min: 20, max: 200 }),
        (was, change, shardBytes) => {
          const before = new Map(Object.entries(was).map(([t, n]) => [t, entryOf(t, n)]));
          const changed = new Map(Object.entries(change).map(([t, n]) => [t, n === null ? undefined : entryOf(t, n)]));
          const after = new Map(before);
          for (const [t, text] of changed) text === undefined ? after.delete(t) : after.set(t, text);
          const expected = after.size === 0 ? new Map() : wholeGroup(after, shardBytes);
          expect(repacked(wholeGroup(before, shardBytes), changed, shardBytes).files).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('shardHolding', () => {
  const list: WordList = { terms: ['b', 'c', 'd', 'e', 'f'], shards: [0, 2, 4] };
  test.each([
    ['a', 0],
    ['b', 0],
    ['bz', 0],
    ['d', 1],
    ['e', 1],
    ['f', 2],
    ['z', 2],
  ])('%s is in shard %i', (term, shard) => {
    expect(shardHolding(list, term)).toBe(shard);
  });
});
