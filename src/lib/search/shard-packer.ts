import { madeFile, type IndexFile } from './index-file.ts';
import type { WordList } from './types.ts';

/**
 * A word group's posting shards, `terms/<key>.<i>.json`, cut greedily: a shard ends before the
 * entry that would take it past `shardBytes` characters (one entry larger than that has a shard
 * of its own). Entries are put in term order; a patch (`repackedGroupFiles`) may instead take a
 * whole shard of the last build where it knows the cut falls the same.
 */
export function shardPacker(key: string, shardBytes: number) {
  const terms: string[] = [];
  const starts: number[] = [];
  let texts: string[] = [];
  let bytes = 0;
  const path = (): string => `terms/${key}.${starts.length - 1}.json`;
  return {
    /** Whether the shard being filled ends before an entry of `size()` characters (one empty does). */
    cutsBefore(size: () => number): boolean {
      return texts.length === 0 || bytes + size() > shardBytes;
    },
    *flush(): Generator<IndexFile> {
      if (texts.length > 0) yield madeFile(path(), `[${texts.join(',')}]`);
      texts = [];
      bytes = 0;
    },
    *put(term: string, text: string): Generator<IndexFile> {
      if (texts.length > 0 && bytes + text.length > shardBytes) yield* this.flush();
      if (texts.length === 0) starts.push(terms.length);
      terms.push(term);
      texts.push(text);
      bytes += text.length;
    },
    /** Take a whole shard of these terms (after a flush): the path it has in this build. */
    keep(shardTerms: readonly string[]): string {
      starts.push(terms.length);
      terms.push(...shardTerms);
      return path();
    },
    list: (): WordList => ({ terms, shards: starts }),
  };
}
