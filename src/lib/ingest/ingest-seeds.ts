import { collectionFolder } from '../article/collection-files.ts';
import type { Diagnostic } from '../article/diagnostic.ts';
import { folderDiagnostic } from './folder-diagnostic.ts';
import { openIngestCache } from './ingest-cache.ts';
import { createIngestMessages } from './ingest-messages.ts';
import type { SeedListing, SkippedEntry } from './list-seeds.ts';
import { normalizerVersion } from './normalizer-version.ts';
import { openIngestFolders } from './open-ingest-folders.ts';
import { planIngest } from './plan-ingest.ts';
import { createBatchPreparer } from './prepare-batch.ts';
import { defaultMaxSeedBytes } from './read-seed.ts';
import { runPipeline, type PipelineCounts } from './run-pipeline.ts';
import { createSeedRegistry } from './seed-registry.ts';
import type { SeedReport } from './seed-report.ts';

export interface IngestOptions {
  /** The folder of seeds (`*.txt`, `*.html`, `*.md`). */
  readonly seedsDir: string;
  /** The content-collection folder to write, or null to write nothing (`--json`). */
  readonly collectionDir: string | null;
  /** The cache folder, or null to normalize every seed. */
  readonly cacheDir: string | null;
  /** Seeds larger than this are refused. */
  readonly maxSeedBytes: number;
  /**
   * Threads that normalize cache misses, the calling thread included (which also reads and
   * writes): 2 starts one worker thread; 0 or 1 normalizes on the calling thread alone.
   */
  readonly workers: number;
  /**
   * The fewest seeds in the folder for which a worker is worth starting: its start-up costs
   * about as much CPU time as normalizing a few hundred seeds.
   */
  readonly parallelFrom: number;
  /** Called with each seed's report, in file-name order, as soon as it is known. */
  readonly onReport?: (report: SeedReport) => void;
  /**
   * Leave the manifest's save to the caller (`IngestSummary.saveManifest`), so that it can first
   * start what waits for the ingest: the build tells its renderer, then saves (at 100,000 seeds the
   * write took 0.14 to 0.26 s of the time before the renderer could start). A manifest never saved
   * only costs time: the next run reads again the seeds this one read.
   */
  readonly deferManifest?: boolean;
}

export const defaultIngestOptions: Readonly<Omit<IngestOptions, 'seedsDir'>> = Object.freeze({
  collectionDir: collectionFolder,
  cacheDir: '.cache/ingest',
  maxSeedBytes: defaultMaxSeedBytes,
  workers: 0,
  parallelFrom: 2000,
});

export interface IngestSummary {
  /** The seeds folder as given: diagnostics name files relative to it (see `formatDiagnostic`). */
  readonly seedsDir: string;
  /** False when a folder could not be used and the run stopped before its first seed (see `errors`): nothing was written. */
  readonly complete: boolean;
  /** Seeds found (files named `*.txt`, `*.html`, `*.htm`, `*.md`). */
  readonly seeds: number;
  /** Collection files rewritten, unchanged, and removed because their seed is gone or now fails. */
  readonly written: number;
  readonly unchanged: number;
  readonly removed: string[];
  /** Folder entries that are not seeds. */
  readonly skipped: SkippedEntry[];
  /** Every warning and every error, seeds' and folders', in the order found. */
  readonly warnings: Diagnostic[];
  readonly errors: Diagnostic[];
  /** Seeds run through the normalizer in this run, and seeds whose result came from the cache. */
  readonly normalized: number;
  readonly cached: number;
  /** Wall-clock time of the run, in milliseconds. */
  readonly ms: number;
  /** Save the manifest, when the run was asked to leave it to the caller (`deferManifest`); a second call does nothing. */
  readonly saveManifest?: () => void;
  /**
   * The stamps of the collection's files once the run was done, by name (`CollectionWriter.stamps`):
   * what `collectionStamps` would read, taken from the stats the run read already. Absent when the
   * run wrote no collection or stopped early.
   */
  readonly collectionStamps?: ReadonlyMap<string, string>;
}

/**
 * Normalize every seed of a folder into the content collection, one seed at a time in
 * file-name order (memory stays flat however many seeds there are). Each seed is read
 * read-only, normalized (or taken from the content-hash cache), checked against the
 * collection schema, and written as `<slug>.json` if its content changed. A seed whose file
 * stamp and collection file are as the last run left them (see `seed-stamp.ts` and the
 * manifest) is not even read. The same article under two names is published once, with a
 * warning naming both; two seeds that would share a page address make the later one an
 * error. Collection files whose seed is gone are removed. Problems in the data are
 * reported, never thrown.
 */
export async function ingestSeeds(options: Readonly<Partial<IngestOptions>> & { readonly seedsDir: string }): Promise<IngestSummary> {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const started = performance.now();
  const messages = createIngestMessages(opts.onReport);
  const summarize = (listing: SeedListing | null, counts: PipelineCounts, removed: string[], complete: boolean): IngestSummary => ({
    seedsDir: opts.seedsDir,
    complete,
    seeds: listing?.seeds.length ?? 0,
    ...counts,
    removed,
    skipped: listing?.skipped ?? [],
    warnings: messages.warnings,
    errors: messages.errors,
    ms: performance.now() - started,
  });

  const folders = openIngestFolders(opts.seedsDir, opts.collectionDir);
  if (!folders.ok) {
    messages.errors.push(folders.error);
    return summarize(folders.listing, { written: 0, unchanged: 0, normalized: 0, cached: 0 }, [], false);
  }
  const { listing, seedsRealDir, writer } = folders;
  const version = normalizerVersion();
  const plan = planIngest(opts, version, writer);
  const cache = plan.cacheProblem;
  if (cache !== undefined) messages.warn([folderDiagnostic(opts.seedsDir, cache.path, 'warning', 'cache-unusable', cache.message)]);
  const counts = await runPipeline(listing.seeds, {
    seedsRealDir,
    maxSeedBytes: opts.maxSeedBytes,
    collectionDir: opts.collectionDir,
    writer,
    cache: opts.cacheDir === null ? null : openIngestCache(opts.cacheDir, version),
    plan,
    registry: createSeedRegistry(),
    preparer: createBatchPreparer({
      workers: opts.workers,
      parallel: opts.workers > 1 && listing.seeds.length >= opts.parallelFrom,
      withFile: writer !== null,
      lean: writer !== null && opts.onReport === undefined,
    }),
    messages,
  });
  const removed = writer?.removeOthers() ?? [];
  if (opts.deferManifest !== true) plan.save();
  const summary = summarize(listing, counts, removed, true);
  const done = writer === null ? summary : { ...summary, collectionStamps: writer.stamps() };
  if (opts.deferManifest !== true) return done;
  let saved = false;
  const saveManifest = (): void => {
    if (!saved) plan.save();
    saved = true;
  };
  return { ...done, saveManifest };
}
