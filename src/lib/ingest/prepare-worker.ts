// A worker thread of the prepare pool: says when it is ready (its modules loaded), then runs
// `prepareSeed` on each chunk of seeds it is sent.
import { parentPort } from 'node:worker_threads';
import { prepareSeed } from './prepare-seed';
import type { PrepareRequest, PrepareResponse } from './prepare-pool';

parentPort?.on('message', (request: PrepareRequest) => {
  const response: PrepareResponse = { id: request.id, entries: request.inputs.map((input) => prepareSeed(input, request.withFile)) };
  parentPort?.postMessage(response);
});
parentPort?.postMessage('ready');
