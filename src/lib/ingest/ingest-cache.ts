import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizeResult } from '../normalize/index.ts';
import { removeStaleTemps } from '../files/remove-stale-temps.ts';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** One seed's prepared result: the checked normalizer result and, for an article, its collection file. */
export interface CachedSeed {
  readonly result: NormalizeResult;
  readonly collectionFile?: string;
}

export interface IngestCache {
  /** The entry for a key, or undefined (missing or unreadable entries are simply misses). */
  get(key: string): CachedSeed | undefined;
  /** Store the entry of a refused seed (articles are not stored); a failure to write is ignored (the cache only saves time). */
  set(key: string, value: CachedSeed): void;
}

/**
 * The key of a seed: its name (which gives the id) and its exact bytes.
 * The normalizer version is the cache's folder, not part of the key.
 */
export function seedKey(file: string, bytes: Uint8Array): string {
  return createHash('sha256').update(file).update('\0').update(bytes).digest('hex');
}

// Pays where seeds are refused: warm run, 10,000 seeds + 100 refused, 0.62 s CPU with it, 1.62 s without.
/**
 * A content-hash cache, in `dir/<version>/`, of the seeds the normalizer refused (one small
 * `<key>.json` each), so a warm run does not normalize them again. Articles need no copy here:
 * their collection files are their records, and the ingest manifest says which seed content
 * each one was made from. (A second copy of every article would double the files a cold run
 * writes, and writing files is most of a cold run's system time.) Its first write removes the folders
 * of other versions (`removeOtherVersions`): when the rules change, old results are never read again.
 */
export function openIngestCache(dir: string, version: string): IngestCache {
  const root = join(dir, version);
  let ready = false;
  const prepare = (): void => {
    if (ready) return;
    ready = true;
    mkdirSync(root, { recursive: true });
    removeOtherVersions(dir, version);
  };
  // The entries there are, listed once: most seeds are articles, which have none, and a cold run
  // would otherwise try (and fail) to open one file per seed.
  let stored: Set<string> | undefined;
  const listed = (): Set<string> => {
    if (stored === undefined) {
      try {
        stored = new Set(readdirSync(root));
        for (const name of removeStaleTemps(root, stored)) stored.delete(name);
      } catch {
        stored = new Set();
      }
    }
    return stored;
  };
  return {
    get(key) {
      const name = `${key}.json`;
      if (!listed().has(name)) return undefined;
      try {
        return JSON.parse(readFileSync(join(root, name), 'utf8')) as CachedSeed;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      if (value.result.ok) return;
      try {
        prepare();
        writeFileAtomic(join(root, `${key}.json`), JSON.stringify({ result: value.result }));
        listed().add(`${key}.json`);
      } catch {
        // A read-only or full disk makes the next run slower, not wrong.
      }
    },
  };
}

/**
 * Remove the folders of every other normalizer version from the cache folder (their entries and
 * manifests are never read again). Called when a run first writes into its own version's folder.
 */
export function removeOtherVersions(dir: string, version: string): void {
  for (const other of readdirSync(dir)) {
    if (other !== version) rmSync(join(dir, other), { recursive: true, force: true });
  }
}
