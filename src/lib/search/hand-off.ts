import type { SearchIndexFiles } from './build-index';

/**
 * Passes the index files from the build's prerendering (where the collection is available) to
 * the `searchIndex` integration, which writes them after the pages: writing thousands of files
 * directly is much faster than rendering each as a page. Both run in the build's one process.
 * Outside a build (`astro dev`) nobody collects, and the route serves every file itself.
 */
const slot = Symbol.for('news-archive.search-index-files');

type Holder = { [slot]?: { files: SearchIndexFiles | undefined } };

/** Called by the integration when a build starts: from now on, index files are collected. */
export function collectIndexFiles(): void {
  (globalThis as Holder)[slot] = { files: undefined };
}

/** Offer the built files; true when a build collects them (then only the manifest is rendered as a page). */
export function offerIndexFiles(files: SearchIndexFiles): boolean {
  const holder = (globalThis as Holder)[slot];
  if (!holder) return false;
  holder.files = files;
  return true;
}

/** The files offered during this build, once; undefined when none were. */
export function takeIndexFiles(): SearchIndexFiles | undefined {
  const files = (globalThis as Holder)[slot]?.files;
  delete (globalThis as Holder)[slot];
  return files;
}
