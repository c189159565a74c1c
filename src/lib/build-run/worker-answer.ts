import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker's answer to come, and a way to stop the worker before it answers. */
export type WorkerRun<T> = Promise<T> & {
  /** End the worker now (its answer then rejects); resolves once it has stopped. */
  stop(): Promise<void>;
};

/**
 * Run a worker thread's module and resolve with the first message it posts: its answer. Rejects
 * with the worker's error, or when it stops before it answered (`what` names it in the message).
 */
export function workerAnswer<T>(module: URL, options: WorkerOptions, what: string): WorkerRun<T> {
  const worker = new Worker(module, options);
  let stopped = false;
  const answer = new Promise<T>((done, fail) => {
    worker.once('message', (value: T) => done(value));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(stopped ? `${what} was stopped before it answered` : `${what} stopped with exit status ${code} before it answered`)));
  });
  return Object.assign(answer, {
    stop: async () => {
      stopped = true;
      await worker.terminate();
    },
  });
}
