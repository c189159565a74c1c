/**
 * Tells the search-index route whether the build writes the index itself. During `astro build`
 * the `searchIndex` integration builds the index on a worker thread from the collection's files
 * while the pages render, so the route renders nothing; outside a build (`astro dev`) nobody
 * claims it, and the route serves every file itself. Both run in the build's one process.
 */
const slot = Symbol.for('news-archive.search-index-elsewhere');

type Holder = { [slot]?: true };

/** Called by the integration when a build starts: the route leaves the index to it. */
export function claimSearchIndex(): void {
  (globalThis as Holder)[slot] = true;
}

/** Called by the integration when the build is done. */
export function releaseSearchIndex(): void {
  delete (globalThis as Holder)[slot];
}

/** True while a build writes the index itself (then the route renders no file). */
export function searchIndexClaimed(): boolean {
  return (globalThis as Holder)[slot] === true;
}
