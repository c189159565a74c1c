// A worker thread of the prepare pool (tinypool runs it): `prepareSeed` of each seed of a chunk.
import { prepareSeed } from './prepare-seed.ts';
import type { CachedSeed } from './ingest-cache.ts';
import type { PrepareRequest } from './prepare-pool.ts';

export default function prepareChunk(request: PrepareRequest): CachedSeed[] {
  return request.inputs.map((input) => prepareSeed(input, request.withFile));
}
