import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { writeFileAtomic } from '../files/write-file-atomic.ts';
import { stampMargins } from '../ingest/seed-stamp.ts';
import { firstNotBefore } from '../text/sorted-strings.ts';

/** The list of an output's files as a build left it, with the modification time of each folder holding them. */
export interface KeptListing {
  /** Relative paths, in code-unit order (as `outputFiles` lists them). */
  readonly files: readonly string[];
  /** Each folder holding a file, at any depth (the output itself as `.`), with its `mtimeMs`. */
  readonly folders: Readonly<Record<string, number>>;
  /** When the times were read (wall clock, just before). */
  readonly savedAt: number;
}

/**
 * Each folder holding one of `files` (relative paths), at any depth, the output itself as `.`:
 * for the paths a build moved or removed, the folders whose times it changed.
 */
export function foldersOf(files: Iterable<string>): Set<string> {
  const folders = new Set<string>(['.']);
  for (const file of files) for (let dir = parentOf(file); dir !== '.' && !folders.has(dir); dir = parentOf(dir)) folders.add(dir);
  return folders;
}

/**
 * The folder of a relative path (`dirname`, the output itself as `.`), for the paths listings hold
 * (no trailing or doubled separators): a quarter of `dirname`'s time, which at 100,000 articles
 * ran to 0.15 s a listing.
 */
export function parentOf(path: string): string {
  const at = sep === '/' ? path.lastIndexOf('/') : Math.max(path.lastIndexOf('/'), path.lastIndexOf(sep));
  return at <= 0 ? '.' : path.slice(0, at);
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
  const all = foldersOf(files);
  const filesJson = JSON.stringify(files);
  // The times are read last, as long after the build's own changes as the work above takes: a
  // folder whose time is too close to its reading (`tooRecent`) is listed again by the next build,
  // which at 100,000 articles was the articles' folder, 100,000 entries, after every rebuild that
  // added or removed one (its time set by the moves just before, read at once).
  const savedAt = Date.now();
  const folders: Record<string, number> = {};
  for (const folder of all) {
    const found = since === undefined || since.touched.has(folder) ? undefined : since.folders[folder];
    folders[folder] = found ?? statSync(join(out, folder)).mtimeMs;
  }
  // What JSON.stringify({ files, folders, savedAt }) gives, with the files stringified before the times were read.
  writeFileAtomic(file, `{"files":${filesJson},"folders":${JSON.stringify(folders)},"savedAt":${JSON.stringify(savedAt)}}`);
}

/**
 * Whether a folder's time, read at `savedAt`, was too close to the read to vouch for what the
 * folder held: a change in the same tick of the file system's clock, after the read, would leave
 * the time as it was (the margins of seed stamps, `stampMargins`: whole seconds on a coarse clock).
 */
function tooRecent(mtimeMs: number, savedAt: number): boolean {
  return mtimeMs > savedAt - (mtimeMs % 1000 === 0 ? stampMargins.coarseMs : stampMargins.fineMs);
}

/**
 * The entries `files` (in code-unit order) give each of `folders`: the names of its files and of
 * its folders that hold one. A folder's files are one run of the sorted list, found by halving.
 */
function entriesOf(files: readonly string[], folders: ReadonlySet<string>): Map<string, Set<string>> {
  const entries = new Map<string, Set<string>>();
  for (const folder of folders) {
    const prefix = folder === '.' ? '' : `${folder}${sep}`;
    const names = new Set<string>();
    for (let i = firstNotBefore(files, prefix); i < files.length && (files[i] ?? '').startsWith(prefix); i++) {
      const rest = (files[i] ?? '').slice(prefix.length);
      const at = rest.indexOf(sep);
      names.add(at < 0 ? rest : rest.slice(0, at));
    }
    entries.set(folder, names);
  }
  return entries;
}

/** The path of a folder of the output `out` (`.` for `out` itself): a join of strings, where `path.join` normalized each of 130,000 folders anew (0.1 s). */
function folderIn(out: string, folder: string): string {
  return folder === '.' ? out : `${out}${sep}${folder}`;
}

/**
 * Whether `folders` hold every folder of `files` at any depth (`foldersOf`), as `saveListing`
 * writes them: each file's folder is among them (the output itself as `.`), and each one's parent.
 */
function foldersHold(files: readonly string[], folders: Readonly<Record<string, number>>): boolean {
  return files.every((file) => Object.hasOwn(folders, parentOf(file))) && Object.keys(folders).every((folder) => folder === '.' || Object.hasOwn(folders, parentOf(folder)));
}

/**
 * The files of `out` as kept in `file` (`saveListing`), if no file or folder has been added to,
 * removed from or renamed in any of its folders since: adding, removing or renaming an entry sets
 * its folder's modification time, so one stat per folder tells what listing each folder would
 * (at 100,000 articles, listing the output took 6.5 s of CPU, a stat per folder about 0.5 s).
 * A folder changed in the same tick of the clock as its time was read would keep its time, so a
 * folder whose time was that close to the reading (`tooRecent`) is listed and compared. Returns
 * the list with the times found (as `saveListing` takes them). Undefined when nothing is kept, it
 * cannot be read, or a folder changed or is gone: the caller lists the output then.
 */
export function keptListing(file: string, out: string): KeptListing | undefined {
  if (!existsSync(file)) return undefined;
  let kept: KeptListing;
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as KeptListing;
  } catch {
    return undefined;
  }
  if (!Array.isArray(kept.files) || typeof kept.folders !== 'object' || kept.folders === null || typeof kept.savedAt !== 'number') return undefined;
  // The folders as saved (`foldersOf` the files, which takes 0.1 s at 10,000 articles to make again).
  if (!foldersHold(kept.files, kept.folders)) return undefined;
  const recent = new Set<string>();
  for (const folder of Object.keys(kept.folders)) {
    const stat = statSync(folderIn(out, folder), { throwIfNoEntry: false });
    if (stat === undefined || !stat.isDirectory() || stat.mtimeMs !== kept.folders[folder]) return undefined;
    if (tooRecent(stat.mtimeMs, kept.savedAt)) recent.add(folder);
  }
  // A folder whose time was too close to its reading is listed: only those the last build changed last.
  for (const [folder, names] of entriesOf(kept.files, recent)) {
    const held = readdirSync(join(out, folder));
    if (held.length !== names.size || held.some((name) => !names.has(name))) return undefined;
  }
  return { files: [...kept.files], folders: kept.folders, savedAt: kept.savedAt };
}
