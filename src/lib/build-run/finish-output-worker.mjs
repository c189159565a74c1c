// The kept renderer's worker thread that finishes the page output (`finishPageOutput`: the kept
// pages' list and the sitemap) from the addresses the pages will have, while the pages are
// rendered. Node strips the types of the TypeScript sources itself.
import { parentPort, workerData } from 'node:worker_threads';

const { finishPageOutput } = await import('../../integrations/page-output.ts');
const { out, site, addresses } = workerData;
const lines = [];
await finishPageOutput(out, site, addresses, (line) => lines.push(line));
parentPort?.postMessage(lines);
