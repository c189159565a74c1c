import { Worker } from 'node:worker_threads';
import type { SeedInput } from '../normalize';
import type { CachedSeed } from './ingest-cache';

export interface PrepareRequest {
  readonly id: number;
  readonly input: SeedInput;
  readonly withFile: boolean;
}

export interface PrepareResponse {
  readonly id: number;
  readonly entry: CachedSeed;
}

export interface PreparePool {
  /** `prepareSeed` on a worker thread. */
  prepare(input: SeedInput, withFile: boolean): Promise<CachedSeed>;
  /** Stop the workers. */
  close(): Promise<void>;
}

/**
 * Worker threads that run `prepareSeed`, so a cold ingest uses every core. Each request goes
 * to the worker with the fewest pending. A worker that fails rejects its pending requests.
 */
export function createPreparePool(size: number): PreparePool {
  let nextId = 0;
  const workers = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(new URL('./prepare-worker.ts', import.meta.url));
    const pending = new Map<number, { resolve: (entry: CachedSeed) => void; reject: (error: Error) => void }>();
    worker.on('message', (response: PrepareResponse) => {
      pending.get(response.id)?.resolve(response.entry);
      pending.delete(response.id);
    });
    worker.on('error', (error: unknown) => {
      for (const { reject } of pending.values()) reject(error instanceof Error ? error : new Error(String(error)));
      pending.clear();
    });
    return { worker, pending };
  });
  return {
    prepare(input, withFile) {
      const target = workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        target.pending.set(id, { resolve, reject });
        const request: PrepareRequest = { id, input, withFile };
        target.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
