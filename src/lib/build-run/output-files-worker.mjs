// The build's worker thread that lists the last output (`outputFiles`, in build-record.ts, or the
// list the last build kept: `keptListing`): beside the ingest, or, with a kept renderer waiting,
// while it renders (see `tellRenderer` in scripts/build.ts). Node strips the types of the
// TypeScript sources itself.
import { parentPort, workerData } from 'node:worker_threads';

const { outputFiles } = await import('./build-record.ts');
const { keptListing } = await import('./kept-listing.ts');
const { out, kept } = workerData;
const listing = kept === undefined ? undefined : keptListing(kept, out);
const files = listing === undefined ? outputFiles(out) : undefined;
parentPort?.postMessage(listing ?? (files === undefined ? null : { files }));
