import type { SearchIndexFiles } from './build-index';

/**
 * Passes the index files from the build's prerendering (where the collection is available) to
 * the `searchIndex` integration (which writes them after the pages): writing thousands of files
 * directly is much faster than rendering each as a page. Both run in the build's one process.
 */
const slot = Symbol.for('news-archive.search-index-files');

type Holder = { [slot]?: SearchIndexFiles };

export function handOffIndexFiles(files: SearchIndexFiles): void {
  (globalThis as Holder)[slot] = files;
}

/** The files handed off in this build, once; undefined when none were. */
export function takeIndexFiles(): SearchIndexFiles | undefined {
  const files = (globalThis as Holder)[slot];
  delete (globalThis as Holder)[slot];
  return files;
}
