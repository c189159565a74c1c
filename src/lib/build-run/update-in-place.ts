import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { pageFile } from './kept-pages.ts';

/** What `updateInPlace` did: files moved in from the new build, and old files removed. */
export interface InPlaceUpdate {
  readonly moved: number;
  readonly removed: number;
}

/**
 * Bring the last output `out` to what an incremental build made: the files of `fresh` (the pages
 * it rendered, and the files every build writes) and the pages it kept (`kept`, which `out` has).
 * Each file of `fresh` replaces its namesake by a rename, so that no page is ever half-written;
 * each of `wholeFolders` (the search index) is swapped in whole; every other file of `out` is
 * removed, with the folders it leaves empty. The result is what a full build would write, file for
 * file. This costs a few renames where linking every kept page into a new folder and deleting the
 * old one cost seconds, but `out` is a mix of the two outputs while it runs: the caller forgets its
 * build record first, so that a run stopped here is followed by a full build.
 */
export function updateInPlace(fresh: string, out: string, kept: Iterable<string>, wholeFolders: readonly string[]): InPlaceUpdate {
  const inWhole = (path: string): boolean => wholeFolders.some((folder) => path === folder || path.startsWith(folder + sep));
  const freshFiles = filesUnder(fresh).filter((path) => !inWhole(path));
  const wanted = new Set(freshFiles);
  for (const address of kept) wanted.add(pageFile('', address).replace(/^[\\/]/u, ''));
  // Everything is read before anything changes, so that `out` is a mix for as short a time as can be.
  const stale = filesUnder(out).filter((path) => !inWhole(path) && !wanted.has(path));
  for (const path of freshFiles) {
    const target = join(out, path);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(fresh, path), target);
  }
  const asides = wholeFolders.flatMap((folder) => swapFolder(join(fresh, folder), join(out, folder)));
  for (const path of stale) rmSync(join(out, path));
  removeEmptyFolders(out, stale);
  // `out` is whole again: the old folders put aside go last, as they take longest to delete.
  for (const aside of asides) rmSync(aside, { recursive: true, force: true });
  return { moved: freshFiles.length, removed: stale.length };
}

/** The files under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1));
}

/** Put the folder `from` in place of `to` by renames; returns where the old `to` was put aside, if there was one. */
function swapFolder(from: string, to: string): string[] {
  if (!existsSync(from)) return [];
  const aside = join(dirname(to), `.${to.slice(dirname(to).length + 1)}.old-${process.pid}`);
  const had = existsSync(to);
  if (had) renameSync(to, aside);
  renameSync(from, to);
  return had ? [aside] : [];
}

/** Remove the folders of `out` that held the removed files and are empty now, deepest first. */
function removeEmptyFolders(out: string, removed: readonly string[]): void {
  const folders = new Set<string>();
  for (const path of removed) for (let dir = dirname(path); dir !== '.' && dir !== ''; dir = dirname(dir)) folders.add(dir);
  for (const dir of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(out, dir));
    } catch {
      // Not empty: it holds other pages.
    }
  }
}
