import type { SeedFile } from './list-seeds.ts';
import { readBatch, type LoadedSeed, type ReadBatchContext } from './read-batch.ts';
import { settleSeed, type SeedFate, type SettleContext } from './settle-seed.ts';

/** Seeds settled between two turns of the event loop. */
const settleTurn = 32;

/** The run's counts, each derived from the seeds' fates. */
export interface PipelineCounts {
  /** Collection files rewritten, and kept as they were. */
  readonly written: number;
  readonly unchanged: number;
  /** Seeds run through the normalizer, and seeds whose result came from the manifest or the cache. */
  readonly normalized: number;
  readonly cached: number;
}

/**
 * Read, prepare and settle every seed, in batches. Read and look up a batch, prepare its cache
 * misses (on several threads when there are many), then settle it in file-name order. The
 * batches overlap: this thread reads batch k+1 and writes batch k while the workers prepare
 * them, and prepares chunks of them itself in between. Memory stays bounded by two batches.
 * Stops the preparer's workers before it returns or throws.
 */
export async function runPipeline(seeds: readonly SeedFile[], context: ReadBatchContext & SettleContext): Promise<PipelineCounts> {
  const fates: Record<SeedFate['outcome'], number> = { written: 0, unchanged: 0, duplicate: 0, 'not written': 0, error: 0 };
  let normalized = 0;
  let cached = 0;
  const settleBatch = async (batch: readonly LoadedSeed[]): Promise<void> => {
    for (const [k, loaded] of batch.entries()) {
      // A turn of the event loop now and then lets the workers' answers in and new chunks out:
      // settling a whole batch takes longer than the chunks a worker holds.
      if (k > 0 && k % settleTurn === 0) await new Promise((resolve) => setImmediate(resolve));
      const fate = await settleSeed(loaded, context);
      fates[fate.outcome] += 1;
      if (fate.normalized) normalized += 1;
      if (fate.cached) cached += 1;
    }
  };
  const { preparer } = context;
  let next = 0;
  let previous: { readonly batch: LoadedSeed[]; readonly prepared: Promise<void> } | null = null;
  try {
    while (next < seeds.length || previous !== null) {
      const batch = next < seeds.length ? readBatch(seeds, next, context) : null;
      next += batch?.length ?? 0;
      const prepared = batch === null ? null : preparer.prepare(batch);
      // Keep a rejected preparation from going unhandled while the batch before is settled.
      prepared?.catch(() => undefined);
      if (previous !== null) {
        await preparer.finish(previous.prepared);
        await settleBatch(previous.batch);
      }
      previous = batch === null || prepared === null ? null : { batch, prepared };
      // A turn of the event loop per batch lets a signal handler end the run between two writes.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await preparer.close();
  }
  return { written: fates.written, unchanged: fates.unchanged, normalized, cached };
}
