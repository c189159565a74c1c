import Tinypool from 'tinypool';
import type { SeedInput } from '../normalize/index.ts';
import type { CachedSeed } from './ingest-cache.ts';
import type { prepareSeed } from './prepare-seed.ts';

/** One task for a worker: a chunk of seeds to prepare, answered with `prepareSeed` of each, in order. */
export interface PrepareRequest {
  readonly inputs: readonly SeedInput[];
  readonly withFile: boolean;
  /** Send back articles that have their collection file without the record's detail (see `leanEntry`). */
  readonly lean?: boolean;
}

export interface PreparePool {
  /**
   * `prepareSeed` of each input; the entries come back in input order. The seeds are queued in
   * chunks that the workers take, and that the calling thread takes through `helpOnce`. With
   * `lean`, the workers' articles come back without the record's detail (see `leanEntry`).
   */
  prepareMany(inputs: readonly SeedInput[], withFile: boolean, lean?: boolean): Promise<CachedSeed[]>;
  /**
   * Prepare a few seeds (`helpSeeds`) on the calling thread: of the chunk it is working on, or else
   * of the next queued chunk; false when there is none.
   */
  helpOnce(): boolean;
  /** Stop the workers. */
  close(): Promise<void>;
}

/**
 * Seeds per chunk. One message per seed costs a round trip of the event loops each; a few
 * dozen per message keeps that small while still sharing a batch out evenly.
 */
const chunkSeeds = 16;
/**
 * Seeds the calling thread prepares a call of `helpOnce`: a few milliseconds, so that it turns
 * its event loop, and sends a worker its next chunk, well before the worker runs out.
 */
const helpSeeds = 4;
/**
 * Chunks a worker holds at once: one to work on, one waiting, sent as the one before came back.
 * That needs this thread's event loop to turn within a chunk's time, which `helpSeeds` sees to.
 */
const chunksPerWorker = 2;

interface Chunk {
  readonly inputs: readonly SeedInput[];
  readonly withFile: boolean;
  readonly lean: boolean;
  readonly resolve: (entries: CachedSeed[]) => void;
  readonly reject: (error: Error) => void;
}

/**
 * `size` threads that run `prepareSeed`, so a cold ingest uses every core: `size - 1` worker
 * threads (a tinypool) and the calling thread, which prepares chunks whenever it has nothing else
 * to do (so it neither waits for the workers nor costs a worker's start-up). The workers start
 * loading at once and are sent chunks from when one has loaded; each then holds at most
 * `chunksPerWorker` chunks, and the rest wait in one queue, in order, for the next free worker or
 * the calling thread. When a worker fails on a chunk, the pool
 * stops and the calling thread prepares that chunk and all the rest, so the results are the same,
 * only later (or the error is its own). `prepare` is `prepareSeed`, passed in so that loading this
 * module does not load the normalizer.
 */
export function createPreparePool(size: number, prepare: typeof prepareSeed): PreparePool {
  const queue: Chunk[] = [];
  const threads = size - 1;
  const filename = new URL('./prepare-worker.ts', import.meta.url).href;
  let pool: Tinypool | null = threads < 1 ? null : new Tinypool({ filename, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: chunksPerWorker });
  // A worker that fails with no chunk in hand: the next chunk sent there fails and stops the pool.
  pool?.on('error', () => undefined);
  // Nothing is sent until a worker has loaded its modules (an empty chunk comes back): a chunk
  // sent earlier would wait for the start-up, while this thread could have prepared it.
  let ready = false;
  let sent = 0;
  const feed = (): void => {
    while (pool !== null && ready && sent < threads * chunksPerWorker) {
      const chunk = queue.shift();
      if (chunk === undefined) return;
      sent += 1;
      const request: PrepareRequest = { inputs: chunk.inputs, withFile: chunk.withFile, lean: chunk.lean };
      (pool.run(request) as Promise<CachedSeed[]>).then(
        (entries) => {
          sent -= 1;
          feed();
          chunk.resolve(entries);
        },
        () => {
          sent -= 1;
          queue.unshift(chunk);
          stop();
        },
      );
    }
  };
  /** Stop the workers (their chunks come back here, each through its rejection) and prepare the queue on this thread. */
  const stop = (): void => {
    if (pool !== null) void destroyPool(pool);
    pool = null;
    while (helpOnce());
  };
  const empty: PrepareRequest = { inputs: [], withFile: false };
  pool?.run(empty).then(
    () => {
      ready = true;
      feed();
    },
    () => stop(),
  );
  // The chunk this thread is preparing, a few seeds a call, and its entries so far.
  let own: { readonly chunk: Chunk; readonly entries: CachedSeed[] } | null = null;
  function helpOnce(): boolean {
    if (own === null) {
      const chunk = queue.shift();
      if (chunk === undefined) return false;
      own = { chunk, entries: [] };
    }
    const { chunk, entries } = own;
    try {
      for (let k = 0; k < helpSeeds && entries.length < chunk.inputs.length; k++) {
        entries.push(prepare(chunk.inputs[entries.length] as SeedInput, chunk.withFile));
      }
    } catch (error) {
      own = null;
      chunk.reject(error instanceof Error ? error : new Error(String(error)));
      return true;
    }
    if (entries.length === chunk.inputs.length) {
      own = null;
      chunk.resolve(entries);
    }
    return true;
  }
  return {
    async prepareMany(inputs, withFile, lean = false) {
      const parts: Promise<CachedSeed[]>[] = [];
      for (let from = 0; from < inputs.length; from += chunkSeeds) {
        parts.push(new Promise((resolve, reject) => queue.push({ inputs: inputs.slice(from, from + chunkSeeds), withFile, lean, resolve, reject })));
      }
      feed();
      // Without workers, the calling thread does it all.
      if (pool === null) while (helpOnce());
      return (await Promise.all(parts)).flat();
    },
    helpOnce,
    async close() {
      const stopping = pool;
      pool = null;
      if (stopping !== null) await destroyPool(stopping);
    },
  };
}

/**
 * Stop a pool's workers; a worker that fails as it stops is not an error (its chunks, if any, came
 * back through their rejections). tinypool's `destroy` waits for each worker's exit with
 * `events.once`, whose listener for the worker's 'error' calls `removeListener`, which tinypool's
 * worker wrapper lacks: a worker failing then (one that failed to start, say) would throw that
 * TypeError out of reach and end the process. Each wrapper gets one, passed on to its thread.
 */
async function destroyPool(pool: Tinypool): Promise<void> {
  for (const worker of pool.threads as WrappedWorker[]) {
    worker.removeListener ??= (event, listener) => worker.thread?.removeListener(event, listener);
  }
  await pool.destroy().catch(() => undefined);
}

type Listener = (...args: unknown[]) => void;
/** A tinypool worker as it is: its thread beside the declared members. */
type WrappedWorker = Tinypool['threads'][number] & {
  removeListener?: (event: string, listener: Listener) => void;
  readonly thread?: { removeListener(event: string, listener: Listener): unknown };
};
