// The search-index integration's worker thread: builds and writes the index (see
// src/lib/search/write-search-index.ts) while Astro renders the pages. Node strips the types of
// the TypeScript sources itself; the resolver lets them import each other without an extension,
// however Astro itself was started.
import { parentPort, workerData } from 'node:worker_threads';
import '../../scripts/resolve-ts.mjs';

const { writeSearchIndex } = await import('../lib/search/write-search-index.ts');
parentPort?.postMessage({ files: await writeSearchIndex(workerData) });
