// A worker thread of the prepare pool (tinypool runs it): `prepareSeed` of each seed of a chunk.
import { prepareSeed } from './prepare-seed.ts';
import type { CachedSeed } from './ingest-cache.ts';
import type { PrepareRequest } from './prepare-pool.ts';

export default function prepareChunk(request: PrepareRequest): CachedSeed[] {
  return request.inputs.map((input) => {
    const entry = prepareSeed(input, request.withFile);
    return request.lean === true ? leanEntry(entry) : entry;
  });
}

/**
 * An article that has its collection file, without what only the file needs: the seed's lines,
 * and the record's blocks and removed lines, left empty. Copying a result from a worker to the
 * calling thread costs by its objects, and these are most of them; the calling thread reads the
 * article's address, title, body and warnings, and writes the file as it is.
 */
export function leanEntry(entry: CachedSeed): CachedSeed {
  const { result, collectionFile } = entry;
  if (!result.ok || collectionFile === undefined) return entry;
  return { collectionFile, result: { ...result, lines: [], article: { ...result.article, blocks: [], removed: [] } } };
}
