import { Worker } from 'node:worker_threads';
import type { SeedInput } from '../normalize';
import type { CachedSeed } from './ingest-cache';
import type { prepareSeed } from './prepare-seed';

/** One message to a worker: a chunk of seeds to prepare, answered by one message. */
export interface PrepareRequest {
  readonly id: number;
  readonly inputs: readonly SeedInput[];
  readonly withFile: boolean;
}

export interface PrepareResponse {
  readonly id: number;
  /** `prepareSeed` of each input, in the order sent. */
  readonly entries: CachedSeed[];
}

export interface PreparePool {
  /**
   * `prepareSeed` of each input; the entries come back in input order. The seeds are queued in
   * chunks that the workers take, and that the calling thread takes through `helpOnce`.
   */
  prepareMany(inputs: readonly SeedInput[], withFile: boolean): Promise<CachedSeed[]>;
  /** Prepare the next queued chunk on the calling thread; false when the queue is empty. */
  helpOnce(): boolean;
  /** Stop the workers. */
  close(): Promise<void>;
}

/**
 * Seeds per chunk. One message per seed costs a round trip of the event loops each; a few
 * dozen per message keeps that small while still sharing a batch out evenly.
 */
const chunkSeeds = 16;
/** Chunks a worker holds at once: one to work on, one waiting, so it never waits for this thread. */
const chunksPerWorker = 2;

interface Chunk {
  readonly inputs: readonly SeedInput[];
  readonly withFile: boolean;
  readonly resolve: (entries: CachedSeed[]) => void;
  readonly reject: (error: Error) => void;
}

interface Member {
  readonly worker: Worker;
  readonly pending: Map<number, Chunk>;
  /** Whether its modules are loaded: until then it is sent nothing, so no chunk waits on a start-up. */
  ready: boolean;
}

/**
 * `size` threads that run `prepareSeed`, so a cold ingest uses every core: `size - 1` worker
 * threads and the calling thread, which prepares chunks whenever it has nothing else to do (so
 * it neither waits for the workers nor costs a worker's start-up). The workers start loading at
 * once and take chunks from when they say they are ready: their start-up overlaps the caller's
 * own reads and chunks, and never holds a chunk back. Each ready worker holds at most
 * `chunksPerWorker` chunks, the rest wait in one queue, in order. The chunks of a worker that
 * fails or exits go back to the queue, so the results are the same, only later. `prepare` is
 * `prepareSeed`, passed in so that loading this module does not load the normalizer.
 */
export function createPreparePool(size: number, prepare: typeof prepareSeed): PreparePool {
  let nextId = 0;
  const queue: Chunk[] = [];
  const members: Member[] = [];
  const feed = (member: Member): void => {
    while (member.ready && member.pending.size < chunksPerWorker) {
      const chunk = queue.shift();
      if (chunk === undefined) return;
      const id = nextId++;
      member.pending.set(id, chunk);
      const request: PrepareRequest = { id, inputs: chunk.inputs, withFile: chunk.withFile };
      member.worker.postMessage(request);
    }
  };
  for (let i = 1; i < size; i += 1) {
    const member: Member = { worker: new Worker(new URL('./prepare-worker.ts', import.meta.url)), pending: new Map(), ready: false };
    // Its chunks go back to the head of the queue, for the other threads.
    const fail = (): void => {
      members.splice(members.indexOf(member), 1);
      queue.unshift(...member.pending.values());
      member.pending.clear();
      for (const other of members) feed(other);
      if (members.length === 0) while (helpOnce());
    };
    member.worker.on('message', (response: PrepareResponse | 'ready') => {
      if (response === 'ready') {
        member.ready = true;
        feed(member);
        return;
      }
      const chunk = member.pending.get(response.id);
      if (chunk === undefined) return;
      member.pending.delete(response.id);
      feed(member);
      chunk.resolve(response.entries);
    });
    member.worker.on('error', () => {
      if (members.includes(member)) fail();
    });
    member.worker.on('exit', () => {
      if (members.includes(member)) fail();
    });
    members.push(member);
  }
  function helpOnce(): boolean {
    const chunk = queue.shift();
    if (chunk === undefined) return false;
    try {
      chunk.resolve(chunk.inputs.map((input) => prepare(input, chunk.withFile)));
    } catch (error) {
      chunk.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return true;
  }
  return {
    async prepareMany(inputs, withFile) {
      const parts: Promise<CachedSeed[]>[] = [];
      for (let from = 0; from < inputs.length; from += chunkSeeds) {
        parts.push(new Promise((resolve, reject) => queue.push({ inputs: inputs.slice(from, from + chunkSeeds), withFile, resolve, reject })));
      }
      for (const member of members) feed(member);
      // Without a live worker, the calling thread does it all.
      if (members.length === 0) while (helpOnce());
      return (await Promise.all(parts)).flat();
    },
    helpOnce,
    async close() {
      const stopping = members.splice(0).map(({ worker }) => worker.terminate());
      await Promise.all(stopping);
    },
  };
}
