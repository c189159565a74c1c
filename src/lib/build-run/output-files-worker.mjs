// The build's worker thread that lists the last output (`outputFiles`, in build-record.ts) while
// the seeds are ingested. Node strips the types of the TypeScript sources itself.
import { parentPort, workerData } from 'node:worker_threads';

const { outputFiles } = await import('./build-record.ts');
parentPort?.postMessage(outputFiles(workerData) ?? null);
