import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BuildRecord } from './build-plan.ts';
import { workerAnswer } from './worker-answer.ts';
import { batched } from '../files/lines-file.ts';

/** Where the record of the builds into one output folder lives, under `.cache/builds/`. */
export interface RecordPaths {
  /** The record: `BuildRecord` as JSON. */
  readonly file: string;
  /** The last build's page record (see `changedPages`). */
  readonly pages: string;
  /** The page record the running build writes, put in place of `pages` when it succeeds. */
  readonly nextPages: string;
  /** The list of the output's files the last build left (see `saveListing`). */
  readonly listing: string;
}

/** The start of the name of a running build's page record folder (`pages.next-<pid>`). */
const nextPagesPrefix = 'pages.next-';

export function recordPaths(cacheDir: string, out: string): RecordPaths {
  const dir = join(cacheDir, 'builds', createHash('sha256').update(out).digest('hex').slice(0, 16));
  return { file: join(dir, 'record.json'), pages: join(dir, 'pages'), nextPages: join(dir, `${nextPagesPrefix}${process.pid}`), listing: join(dir, 'listing.json') };
}

/** The last build's record, or undefined when there is none or it cannot be read (a full build follows). */
export function readBuildRecord(paths: RecordPaths): BuildRecord | undefined {
  if (!existsSync(paths.file) || !existsSync(paths.pages)) return undefined;
  try {
    const { home, listing, collection, inputs } = JSON.parse(readFileSync(paths.file, 'utf8')) as Partial<BuildRecord>;
    const valid = typeof home === 'string' && typeof listing === 'string' && typeof collection === 'string' && typeof inputs === 'object' && inputs !== null;
    return valid ? { home, listing, collection, inputs } : undefined;
  } catch {
    return undefined;
  }
}

/** A hash of an output's home page, or undefined when it has none. */
export function homeHash(out: string): string | undefined {
  const home = join(out, 'index.html');
  return existsSync(home) ? createHash('sha256').update(readFileSync(home)).digest('base64url') : undefined;
}

/** The files under an output folder, as paths relative to it in code-unit order; undefined when there is none. */
export function outputFiles(out: string): string[] | undefined {
  if (!existsSync(out)) return undefined;
  const root = resolve(out);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

/**
 * `outputFiles` on a worker thread: listing the last output took 0.16 to 0.7 s at 10,000 articles
 * (a folder per page), which the build overlaps with the ingest instead of waiting for it. With
 * `kept`, the list the last build kept there is taken instead when the output's folders are as it
 * left them (see `keptListing`), with the folders' times it found.
 */
export async function outputFilesInBackground(out: string, kept?: string): Promise<OutputListing | undefined> {
  const listing = await workerAnswer<OutputListing | null>(new URL('./output-files-worker.mjs', import.meta.url), { workerData: { out, kept } }, `the listing of ${out}`);
  return listing ?? undefined;
}

/** An output's files (`outputFiles`), with each folder's time as found when they came from the kept list (`keptListing`). */
export interface OutputListing {
  readonly files: string[];
  readonly folders?: Readonly<Record<string, number>>;
}

/** A hash of an output's list of files (`outputFiles`). */
export function listingHash(files: readonly string[]): string {
  return createHash('sha256').update(files.join('\n')).digest('base64url');
}

/**
 * A hash of a collection's files (`collectionStamps`): each name and stamp. A file written again
 * with the same content changes it too; the page record then finds no page to render.
 */
export function collectionHash(stamps: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256');
  // A megabyte at a time: one update per file was 0.1 s at 100,000 articles, before the renderer is told.
  for (const part of batched(stamps.entries().map(([name, stamp]) => `${name}\0${stamp}`))) hash.update(part);
  return hash.digest('base64url');
}

/**
 * Make room for the running build's page record, and remove those that builds stopped by a signal
 * or `kill -9` left beside it (`pages.next-<pid>`, each with its kept renderer): the build holds
 * the lock, so no other build is writing one.
 */
export function startPageRecord(paths: RecordPaths): void {
  const dir = dirname(paths.nextPages);
  if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.startsWith(nextPagesPrefix)) rmSync(join(dir, name), { recursive: true, force: true });
  mkdirSync(paths.nextPages, { recursive: true });
}

/** After a build replaced the output: its page record and inputs become the last build's. */
export function saveBuildRecord(paths: RecordPaths, record: BuildRecord): void {
  rmSync(paths.pages, { recursive: true, force: true });
  renameSync(paths.nextPages, paths.pages);
  writeFileSync(paths.file, JSON.stringify(record));
}

/**
 * Forget what the last build's output was, keeping its page record: done before that output is
 * updated in place, so that a run stopped while it is a mix of two outputs leaves a full build next.
 */
export function forgetBuildRecord(paths: RecordPaths): void {
  rmSync(paths.file, { force: true });
}

/** Forget the last build (its output was replaced by one this record does not describe). */
export function dropBuildRecord(paths: RecordPaths): void {
  rmSync(paths.file, { force: true });
  rmSync(paths.nextPages, { recursive: true, force: true });
}
