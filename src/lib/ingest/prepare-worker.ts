// A worker thread of the prepare pool (tinypool runs it): `prepareSeed` of each seed of a chunk.
import { prepareSeed } from './prepare-seed';
import type { CachedSeed } from './ingest-cache';
import type { PrepareRequest } from './prepare-pool';

export default function prepareChunk(request: PrepareRequest): CachedSeed[] {
  return request.inputs.map((input) => prepareSeed(input, request.withFile));
}
