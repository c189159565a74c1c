import type { SeedInput } from '../normalize/index.ts';
import type { CachedSeed } from './ingest-cache.ts';
import { createPreparePool, type PreparePool } from './prepare-pool.ts';
import type { prepareSeed } from './prepare-seed.ts';
import type { LoadedSeed } from './read-batch.ts';

export interface BatchPreparer {
  /** Prepare a batch's cache misses, setting their `entry`: on the workers (resolves when they are done) or here and now. */
  prepare(batch: readonly LoadedSeed[]): Promise<void>;
  /** `prepareSeed` of one seed, on this thread. */
  prepareOne(input: SeedInput): Promise<CachedSeed>;
  /** Wait for a batch's preparation, preparing queued chunks on this thread meanwhile. */
  finish(prepared: Promise<void>): Promise<void>;
  /** Stop the workers, if any were started. */
  close(): Promise<void>;
}

export interface BatchPreparerOptions {
  /** Threads, the calling thread included: see `IngestOptions.workers`. */
  readonly workers: number;
  /** Whether this run may start workers at all (enough seeds, more than one thread). */
  readonly parallel: boolean;
  /** Whether to serialize each article's collection file. */
  readonly withFile: boolean;
  /**
   * Whether the workers may send back an article with its collection file but without its lines,
   * blocks and removed lines (the file holds them): when nothing reads each record (`onReport`).
   */
  readonly lean?: boolean;
}

/** Fewer cache misses than this in a batch are normalized on the calling thread (say, one new seed). */
const minParallelBatch = 32;

/**
 * The normalizer, its schema check and their libraries (chrono-node, gray-matter, zod), loaded
 * the first time a seed needs preparing: a warm run, which finds every seed in the cache or the
 * manifest, never loads them, and so starts in a fraction of the time.
 */
let loadedPrepare: typeof prepareSeed | undefined;
async function loadPrepare(): Promise<typeof prepareSeed> {
  loadedPrepare ??= (await import('./prepare-seed.ts')).prepareSeed;
  return loadedPrepare;
}

/**
 * The prepare step: runs `prepareSeed` on the seeds that neither the manifest nor the cache
 * answered. The worker pool starts with the first batch that has enough misses (a warm run never
 * starts one), and its workers load while this thread prepares that batch's first chunks.
 */
export function createBatchPreparer({ workers, parallel, withFile, lean = false }: BatchPreparerOptions): BatchPreparer {
  let pool: PreparePool | null = null;
  return {
    async prepare(batch) {
      const misses = batch.filter((l) => l.read?.ok === true && l.known === undefined && l.entry === undefined);
      const inputs = misses.flatMap((l) => (l.read?.ok === true ? [{ file: l.seed.file, bytes: l.read.bytes }] : []));
      if (misses.length === 0) return;
      const threaded = parallel && misses.length >= minParallelBatch;
      // The workers start loading the normalizer before this thread loads its own copy, not after:
      // each load takes most of a second, and this thread prepares nothing until its copy is loaded.
      if (threaded) pool ??= createPreparePool(workers, (input, file) => (loadedPrepare as typeof prepareSeed)(input, file));
      const prepare = await loadPrepare();
      if (threaded && pool !== null) {
        const entries = await pool.prepareMany(inputs, withFile, lean);
        misses.forEach((l, i) => (l.entry = entries[i]));
      } else {
        misses.forEach((l, i) => {
          const input = inputs[i];
          if (input !== undefined) l.entry = prepare(input, withFile);
        });
      }
      for (const l of misses) l.fresh = true;
    },
    async prepareOne(input) {
      return (await loadPrepare())(input, withFile);
    },
    async finish(prepared) {
      let done = false;
      void prepared.then(
        () => (done = true),
        () => (done = true),
      );
      // A turn of the event loop between chunks lets the workers' answers in and new chunks out.
      while (!done && pool !== null && pool.helpOnce()) await new Promise((resolve) => setImmediate(resolve));
      await prepared;
    },
    async close() {
      await pool?.close();
    },
  };
}
