// The search-index integration's worker thread: builds and writes the index (see
// src/lib/search/write-search-index.ts) while Astro renders the pages. Node strips the types of
// the TypeScript sources itself; they import each other with their `.ts` extensions.
import { parentPort, workerData } from 'node:worker_threads';

const { writeSearchIndex } = await import('../lib/search/write-search-index.ts');
parentPort?.postMessage(await writeSearchIndex(workerData));
