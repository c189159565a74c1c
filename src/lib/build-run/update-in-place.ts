import { mkdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { outputFiles } from './build-record.ts';
import { foldersOf } from './kept-listing.ts';
import { pageFileIn } from './kept-pages.ts';

/** What `updateInPlace` did: files moved in from the new build, old files removed, and the files `out` holds now. */
export interface InPlaceUpdate {
  readonly moved: number;
  readonly removed: number;
  /** Relative paths, in code-unit order (as `outputFiles` lists them). */
  readonly files: readonly string[];
  /** The folders of `out` whose entries it changed (`foldersOf` the files moved and removed). */
  readonly touched: ReadonlySet<string>;
}

/**
 * Bring the last output `out`, which holds the files `had` (relative paths), to what an
 * incremental build made: the files of `fresh` (the pages it rendered, the files every build
 * writes, and the search index's files that changed), the pages it kept (`kept`, addresses), and
 * the other files it kept (`keptFiles`, paths: the index's unchanged files), which `out` has. Each
 * file of `fresh` replaces its namesake by a rename, so that no file is ever half-written; every
 * other file of `out` is removed, with the folders it leaves empty. The result is what a full
 * build would write, file for file. This costs a few renames where linking every kept file into
 * a new folder and deleting the old one cost seconds, but `out` is a mix of the two outputs while
 * it runs: the caller forgets its build record first, so that a run stopped here is followed by a
 * full build.
 */
export function updateInPlace(fresh: string, out: string, had: readonly string[], kept: Iterable<string>, keptFiles: Iterable<string>): InPlaceUpdate {
  const freshFiles = outputFiles(fresh) ?? [];
  const freshSet = new Set(freshFiles);
  const wanted = new Set(keptFiles);
  for (const address of kept) wanted.add(pageFileIn(address));
  // Everything is known before anything changes, so that `out` is a mix for as short a time as can be.
  // One walk of the last listing sorts its files into those that stay and those that go (a set of
  // every file of both builds and a second walk took twice as long: 0.5 s at 100,000 articles).
  const staying: string[] = [];
  const stale: string[] = [];
  const freshHad = new Set<string>();
  let keptHad = 0;
  for (const path of had) {
    const isFresh = freshSet.has(path);
    if (isFresh) freshHad.add(path);
    if (wanted.has(path)) keptHad++;
    else if (!isFresh) {
      stale.push(path);
      continue;
    }
    staying.push(path);
  }
  // Every file kept is in the last output, or written again by this build.
  const keptWritten = freshFiles.filter((path) => wanted.has(path) && !freshHad.has(path)).length;
  if (keptHad + keptWritten < wanted.size) {
    const hadSet = new Set(had);
    const missing = [...wanted].find((path) => !hadSet.has(path) && !freshSet.has(path)) ?? '';
    throw new Error(`update-in-place: the build keeps ${join(out, missing)} from the last build, and it is missing; run \`npm run build -- --full\`.`);
  }
  const files = mergedInOrder(staying, freshFiles.filter((path) => !freshHad.has(path)));
  // Each folder made once: the changed index files of a rebuild, hundreds, share a few folders.
  const made = new Set<string>();
  for (const path of freshFiles) {
    const target = join(out, path);
    const folder = dirname(target);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    renameSync(join(fresh, path), target);
  }
  for (const path of stale) rmSync(join(out, path));
  removeEmptyFolders(out, stale);
  return { moved: freshFiles.length, removed: stale.length, files, touched: foldersOf([...freshFiles, ...stale]) };
}

/**
 * The files `out` holds after the update: the last listing's files that stay (`staying`, in its
 * order) and the `newFiles` it lacked, in code-unit order. Those that stay keep their order (a
 * listing's, sorted already) and the new ones are merged in, rather than every path sorted again
 * (0.2 s at 100,000 articles).
 */
export function mergedInOrder(staying: readonly string[], newFiles: readonly string[]): string[] {
  const kept = isSorted(staying) ? staying : [...staying].sort();
  const added = [...newFiles].sort();
  const files: string[] = [];
  let k = 0;
  for (const path of added) {
    while (k < kept.length && (kept[k] ?? '') < path) files.push(kept[k++] ?? '');
    files.push(path);
  }
  while (k < kept.length) files.push(kept[k++] ?? '');
  return files;
}

function isSorted(paths: readonly string[]): boolean {
  for (let i = 1; i < paths.length; i++) if ((paths[i - 1] ?? '') > (paths[i] ?? '')) return false;
  return true;
}

/** Remove the folders of `out` that held the removed files and are empty now, deepest first. */
function removeEmptyFolders(out: string, removed: readonly string[]): void {
  const folders = foldersOf(removed);
  folders.delete('.');
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(out, dir));
    } catch {
      // Not empty: it holds other pages.
    }
  }
}
