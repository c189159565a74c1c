import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fromCollectionEntry } from '../article/collection-entry';
import type { CollectionArticle } from '../article/schema';
import type { NormalizeResult } from '../normalize';
import { writeFileAtomic } from './write-file-atomic';

/** What the cache keeps for one seed: the checked normalizer result and, for an article, its collection file. */
export interface CachedSeed {
  readonly result: NormalizeResult;
  readonly collectionFile?: string;
}

export interface IngestCache {
  /** The entry for a key, or undefined (missing or unreadable entries are simply misses). */
  get(key: string): CachedSeed | undefined;
  /** Store an entry; a failure to write is ignored (the cache only saves time). */
  set(key: string, value: CachedSeed): void;
}

/**
 * The key of a seed: its name (which gives the id) and its exact bytes.
 * The normalizer version is the cache's folder, not part of the key.
 */
export function seedKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

/**
 * A content-hash cache of normalizer results in `dir/<version>/`, one small file per seed so
 * that a large archive never loads one huge file: an article with its collection file as
 * `<key>.entry.json` alone (it holds the whole record, so nothing is stored twice), anything
 * else as `<key>.json`. Opening it removes the folders of other versions: when the
 * rules change, old results are never read again.
 */
export function openIngestCache(dir: string, version: string): IngestCache {
  const root = join(dir, version);
  let ready = false;
  const prepare = (): void => {
    if (ready) return;
    ready = true;
    mkdirSync(root, { recursive: true });
    for (const other of readdirSync(dir)) {
      if (other !== version) rmSync(join(dir, other), { recursive: true, force: true });
    }
  };
  return {
    get(key) {
      try {
        return fromCollectionFile(readFileSync(join(root, `${key}.entry.json`), 'utf8'));
      } catch {
        // Not an article with its collection file: another result, or a miss.
      }
      try {
        return JSON.parse(readFileSync(join(root, `${key}.json`), 'utf8')) as CachedSeed;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      try {
        prepare();
        if (value.result.ok && value.collectionFile !== undefined) writeFileAtomic(join(root, `${key}.entry.json`), value.collectionFile);
        else writeFileAtomic(join(root, `${key}.json`), JSON.stringify(value));
      } catch {
        // A read-only or full disk makes the next run slower, not wrong.
      }
    },
  };
}

/**
 * The cached result of an article from its collection file (see `serializeArticle`), which
 * holds the whole record. Throws on a damaged file.
 */
function fromCollectionFile(collectionFile: string): CachedSeed {
  return { result: { ok: true, ...fromCollectionEntry(JSON.parse(collectionFile) as CollectionArticle) }, collectionFile };
}
