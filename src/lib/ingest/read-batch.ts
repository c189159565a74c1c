import { seedKey, type CachedSeed, type IngestCache } from './ingest-cache.ts';
import type { ManifestEntry } from './ingest-manifest.ts';
import type { SeedFile } from './list-seeds.ts';
import type { IngestPlan } from './plan-ingest.ts';
import { readSeed, type ReadSeedResult } from './read-seed.ts';

/** One seed on its way through the pipeline: read (or vouched for unread), then prepared, then settled. */
export interface LoadedSeed {
  readonly seed: SeedFile;
  /** Null when the manifest vouches for the seed from its stamp alone, so it was not read. */
  readonly read: ReadSeedResult | null;
  /** The seed's cache key; empty when it could not be read. */
  readonly key: string;
  /** Set when the manifest says this seed and its collection file are unchanged. */
  readonly known: ManifestEntry | undefined;
  /** Its prepared result: from the cache when read, or filled in by the prepare step. */
  entry: CachedSeed | undefined;
  /** Set when `entry` was prepared in this run (so the cache should keep it). */
  fresh?: true;
}

export interface ReadBatchContext {
  readonly seedsRealDir: string;
  readonly maxSeedBytes: number;
  readonly plan: IngestPlan;
  readonly cache: IngestCache | null;
}

/** Seeds read, and bytes held, per batch: enough to keep the workers busy, little enough to keep memory flat. */
const batchSeeds = 256;
const batchBytes = 64 * 1024 * 1024;

/**
 * The next batch of `seeds`, from index `from`, in order: each seed vouched for by the manifest,
 * or read and looked up in the cache. At most `batchSeeds` seeds and about `batchBytes` bytes;
 * at least one seed when any is left. Never throws: a seed that cannot be read carries its error.
 */
export function readBatch(seeds: readonly SeedFile[], from: number, context: ReadBatchContext): LoadedSeed[] {
  const batch: LoadedSeed[] = [];
  let bytes = 0;
  for (let next = from; next < seeds.length && batch.length < batchSeeds && bytes < batchBytes; next += 1) {
    const seed = seeds[next];
    if (seed === undefined) break;
    const loaded = loadSeed(seed, context);
    bytes += loaded.read?.ok === true ? loaded.read.bytes.length : 0;
    batch.push(loaded);
  }
  return batch;
}

function loadSeed(seed: SeedFile, { seedsRealDir, maxSeedBytes, plan, cache }: ReadBatchContext): LoadedSeed {
  const unread = plan.vouchUnread(seed);
  if (unread !== undefined) return { seed, read: null, key: unread.key, known: unread, entry: undefined };
  const read = readSeed(seed, seedsRealDir, maxSeedBytes);
  if (!read.ok) return { seed, read, key: '', known: undefined, entry: undefined };
  const key = seedKey(seed.file, read.bytes);
  const known = plan.vouchRead(seed.file, key, read.stamp);
  return { seed, read, key, known, entry: known === undefined ? cache?.get(key) : undefined };
}
