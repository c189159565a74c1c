import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';

/** The list of an output's files as a build left it, with the modification time of each folder holding them. */
export interface KeptListing {
  /** Relative paths, in code-unit order (as `outputFiles` lists them). */
  readonly files: readonly string[];
  /** Each folder holding a file, at any depth (the output itself as `.`), with its `mtimeMs`. */
  readonly folders: Readonly<Record<string, number>>;
}

/**
 * Each folder holding one of `files` (relative paths), at any depth, the output itself as `.`:
 * for the paths a build moved or removed, the folders whose times it changed.
 */
export function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>(['.']);
  for (const file of files) for (let dir = dirname(file); dir !== '.' && !folders.has(dir); dir = dirname(dir)) folders.add(dir);
  return folders;
}

/**
 * Keep the list of the files of `out` (`files`, as `outputFiles` gives it), with each folder's
 * modification time, in `file`: done when a build has written its output, so that the next build
 * can take the list from here (`keptListing`) instead of listing every folder again. With `since`,
 * the times the build found when it started (`keptListing`) and the folders it has changed since
 * (`touched`, any folder a file was moved into or removed from, and their parents), the other
 * folders keep the times found, unread: nothing else writes into `out` while the build holds its lock.
 */
export function saveListing(file: string, out: string, files: readonly string[], since?: { folders: Readonly<Record<string, number>>; touched: ReadonlySet<string> }): void {
  const folders: Record<string, number> = {};
  for (const folder of foldersOf(files)) {
    const found = since === undefined || since.touched.has(folder) ? undefined : since.folders[folder];
    folders[folder] = found ?? statSync(join(out, folder)).mtimeMs;
  }
  writeFileAtomic(file, JSON.stringify({ files, folders } satisfies KeptListing));
}

/**
 * The files of `out` as kept in `file` (`saveListing`), if no file or folder has been added to,
 * removed from or renamed in any of its folders since: adding, removing or renaming an entry sets
 * its folder's modification time, so one stat per folder tells what listing each folder would
 * (at 100,000 articles, listing the output took 6.5 s of CPU, a stat per folder about 0.5 s).
 * Returns the list with the times found (as `saveListing` takes them). Undefined when nothing is
 * kept, it cannot be read, or a folder changed or is gone: the caller lists the output then.
 */
export function keptListing(file: string, out: string): KeptListing | undefined {
  if (!existsSync(file)) return undefined;
  let kept: KeptListing;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as KeptListing;
  } catch {
    return undefined;
  }
  if (!Array.isArray(kept.files) || typeof kept.folders !== 'object' || kept.folders === null) return undefined;
  const folders = foldersOf(kept.files);
  if (folders.size !== Object.keys(kept.folders).length) return undefined;
  for (const folder of folders) {
    const stat = statSync(join(out, folder), { throwIfNoEntry: false });
    if (stat === undefined || !stat.isDirectory() || stat.mtimeMs !== kept.folders[folder]) return undefined;
  }
  return { files: [...kept.files], folders: kept.folders };
}
