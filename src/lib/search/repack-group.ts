import { firstNotBefore } from '../text/sorted-strings.ts';
import { keptGroup, type WordLists } from './build-index.ts';
import { madeFile, type IndexFile } from './index-file.ts';
import { shardPacker } from './shard-packer.ts';
import type { WordList } from './types.ts';

/**
 * A word group's files after a change, made from the last build's with only the shards the change
 * reaches read. `groupFiles` cuts a group's entries into shards greedily: a shard ends before the
 * entry that would take it past `shardBytes`. So a shard of the last build comes out the same
 * when it starts at the same term, none of its entries changed, and the entry after it (whose size
 * decided its end) did not either: it is kept as it is, unread. The shards a changed term falls in
 * are read and cut again, and so are the following ones until the cut meets a kept start again
 * (usually at once: an entry grows by a posting or two). At 100,000 articles an article touches
 * about 250 word groups of up to 360 shards; reading every shard of them was most of a patch.
 */

/** A word group as the last build wrote it. */
export interface LastGroup {
  /** Its word list, `words/<key>.json`: its terms, sorted, and where each shard starts. */
  readonly list: WordList;
  /** The entries of its shard `k` (term → its entry's JSON text), read when first asked. */
  shard(k: number): ReadonlyMap<string, string>;
  /** Its shard `k` as this build's file at `path`: unread when that is the shard's own path. */
  keptShard(k: number, path: string): IndexFile;
}

/** The shard of a group (by its word list) whose terms' range holds `term`: the last one starting at or before it, else the first. */
export function shardHolding(list: WordList, term: string): number {
  let low = 0;
  let high = list.shards.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if ((list.terms[list.shards[mid] ?? 0] ?? '') <= term) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The files of a word group (`groupFiles`' shards, then its word list), `last` as the last build
 * wrote it (undefined for a new group) with `changed` put in: each term a changed document had or
 * has, with its entry now, or undefined when no document has it any more. Nothing for a group
 * left with no term. The files are those `groupFiles` makes of the whole group.
 */
export function* repackedGroupFiles(key: string, last: LastGroup | undefined, changed: ReadonlyMap<string, string | undefined>, shardBytes: number, lists: WordLists): Generator<IndexFile> {
  const oldTerms = last?.list.terms ?? [];
  const oldStarts = last === undefined || oldTerms.length === 0 ? [] : last.list.shards;
  const { dirty, added } = reach(last?.list, changed);
  const pack = shardPacker(key, shardBytes);
  if (oldStarts.length === 0) for (const term of added.get(0) ?? []) yield* pack.put(term, changed.get(term) ?? '');
  for (let k = 0; k < oldStarts.length && last !== undefined; k++) {
    const from = oldStarts[k] ?? 0;
    const to = oldStarts[k + 1] ?? oldTerms.length;
    const next = oldTerms[to];
    if (!dirty.has(k) && (next === undefined || !changed.has(next)) && pack.cutsBefore(() => last.shard(k).get(oldTerms[from] ?? '')?.length ?? 0)) {
      yield* pack.flush();
      yield last.keptShard(k, pack.keep(oldTerms.slice(from, to)));
      continue;
    }
    const entries = last.shard(k);
    for (const term of mergeSorted(oldTerms.slice(from, to), added.get(k) ?? [])) {
      const text = changed.has(term) ? changed.get(term) : entries.get(term);
      if (text !== undefined) yield* pack.put(term, text);
    }
  }
  yield* pack.flush();
  const list = pack.list();
  if (list.terms.length === 0) return;
  keptGroup(key, list, lists);
  yield madeFile(`words/${key}.json`, JSON.stringify(list));
}

/** The last build's shards that a change reaches (holding a changed term, or where a new one falls), and the new terms (with an entry) by that shard, sorted. */
function reach(list: WordList | undefined, changed: ReadonlyMap<string, string | undefined>): { dirty: Set<number>; added: Map<number, string[]> } {
  const dirty = new Set<number>();
  const added = new Map<number, string[]>();
  const terms = list?.terms ?? [];
  for (const [term, text] of changed) {
    const k = list === undefined || terms.length === 0 ? 0 : shardHolding(list, term);
    dirty.add(k);
    if (text === undefined || holds(terms, term)) continue;
    const into = added.get(k);
    if (into === undefined) added.set(k, [term]);
    else into.push(term);
  }
  for (const terms of added.values()) terms.sort();
  return { dirty, added };
}

/** Whether a sorted list of terms holds `term`. */
function holds(terms: readonly string[], term: string): boolean {
  return terms[firstNotBefore(terms, term)] === term;
}

/** Two sorted lists of distinct terms as one, sorted. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  if (b.length === 0) return [...a];
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x < y)) (out.push(x ?? ''), i++);
    else (out.push(y), j++);
  }
  return out;
}
