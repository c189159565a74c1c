import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Run a worker thread's module and resolve with the first message it posts: its answer. Rejects
 * with the worker's error, or when it stops before it answered (`what` names it in the message).
 */
export function workerAnswer<T>(module: URL, options: WorkerOptions, what: string): Promise<T> {
  return new Promise((done, fail) => {
    const worker = new Worker(module, options);
    worker.once('message', (answer: T) => done(answer));
    worker.once('error', fail);
    worker.once('exit', (code) => fail(new Error(`${what} stopped with exit status ${code} before it answered`)));
  });
}
