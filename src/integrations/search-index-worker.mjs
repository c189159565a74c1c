// The search-index integration's worker thread: builds and writes the index (see
// src/lib/search/write-search-index.ts) while Astro renders the pages. The TypeScript sources
// are loaded through tsx, however Astro itself was started.
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { writeSearchIndex } = await tsImport('../lib/search/write-search-index.ts', import.meta.url);
parentPort?.postMessage({ files: await writeSearchIndex(workerData) });
