// A worker thread of the prepare pool: runs `prepareSeed` on the seeds it is sent.
import { parentPort } from 'node:worker_threads';
import { prepareSeed } from './prepare-seed';
import type { PrepareRequest, PrepareResponse } from './prepare-pool';

parentPort?.on('message', (request: PrepareRequest) => {
  const response: PrepareResponse = { id: request.id, entry: prepareSeed(request.input, request.withFile) };
  parentPort?.postMessage(response);
});
