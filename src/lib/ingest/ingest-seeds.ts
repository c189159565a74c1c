import { checkCacheFolder } from './check-cache-folder';
import { fingerprintArticle, versionKey } from './fingerprint-article';
import { openIngestCache, removeOtherVersions, seedKey, type CachedSeed, type IngestCache } from './ingest-cache';
import { manifestChanged, manifestPath, readManifest, writeManifest, type ManifestEntry } from './ingest-manifest';
import type { SeedFile, SeedListing, SkippedEntry } from './list-seeds';
import { normalizerVersion } from './normalizer-version';
import { openIngestFolders } from './open-ingest-folders';
import { createPreparePool, type PreparePool } from './prepare-pool';
import type { prepareSeed } from './prepare-seed';
import { defaultMaxSeedBytes, readSeed, type ReadSeedResult } from './read-seed';
import { stillStamped, type SeedStamp } from './seed-stamp';
import type { SeedReport } from './seed-report';
import { toCollectionEntry } from '../article/collection-entry';
import { collectionFileName, collectionFolder } from '../article/collection-files';
import { serializeArticle } from './serialize-article';

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
}

export const defaultIngestOptions: Readonly<Omit<IngestOptions, 'seedsDir'>> = Object.freeze({
  collectionDir: collectionFolder,
  cacheDir: '.cache/ingest',
  maxSeedBytes: defaultMaxSeedBytes,
  workers: 0,
  parallelFrom: 2000,
});

/** Seeds read, and bytes held, per batch: enough to keep the workers busy, little enough to keep memory flat. */
const batchSeeds = 256;
const batchBytes = 64 * 1024 * 1024;

/**
 * The normalizer, its schema check and their libraries (chrono-node, gray-matter, zod), loaded
 * the first time a seed needs preparing: a warm run, which finds every seed in the cache or the
 * manifest, never loads them, and so starts in a fraction of the time.
 */
let loadedPrepare: typeof prepareSeed | undefined;
async function loadPrepare(): Promise<typeof prepareSeed> {
  loadedPrepare ??= (await import('./prepare-seed')).prepareSeed;
  return loadedPrepare;
}

/** Fewer cache misses than this in a batch are normalized on the calling thread (say, one new seed). */
const minParallelBatch = 32;

/** A problem or a note about one file, for the summary. */
export interface FileMessage {
  readonly file: string;
  readonly message: string;
}

export interface IngestSummary {
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
  readonly warnings: FileMessage[];
  readonly errors: FileMessage[];
  /** Seeds run through the normalizer in this run, and seeds whose result came from the cache. */
  readonly normalized: number;
  readonly cached: number;
  /** Wall-clock time of the run, in milliseconds. */
  readonly ms: number;
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
  const warnings: FileMessage[] = [];
  const errors: FileMessage[] = [];
  let written = 0;
  let unchanged = 0;
  let normalized = 0;
  let cached = 0;
  const summarize = (listing: SeedListing | null, removed: string[], complete = true): IngestSummary => ({
    complete,
    seeds: listing?.seeds.length ?? 0,
    written,
    unchanged,
    removed,
    skipped: listing?.skipped ?? [],
    warnings,
    errors,
    normalized,
    cached,
    ms: performance.now() - started,
  });

  const folders = openIngestFolders(opts.seedsDir, opts.collectionDir);
  if (!folders.ok) {
    errors.push(folders.error);
    return summarize(folders.listing, [], false);
  }
  const { listing, seedsRealDir, writer } = folders;
  const version = normalizerVersion();
  const cache: IngestCache | null = opts.cacheDir === null ? null : openIngestCache(opts.cacheDir, version);
  const byFingerprint = new Map<string, string>();
  const byVersion = new Map<string, string>();
  const bySlug = new Map<string, string>();

  // The manifest lets a warm run skip a seed whose bytes and collection file are both as the last
  // run left them, without loading its cached record. Only when no caller wants each record.
  const manifestFile =
    opts.cacheDir !== null && opts.collectionDir !== null && opts.onReport === undefined
      ? manifestPath(opts.cacheDir, version, opts.collectionDir)
      : null;
  const previous = manifestFile === null ? new Map<string, ManifestEntry>() : readManifest(manifestFile);
  const cacheProblem = opts.cacheDir === null ? undefined : checkCacheFolder(opts.cacheDir, version, manifestFile);
  if (cacheProblem !== undefined) warnings.push({ file: opts.cacheDir ?? '', message: cacheProblem });
  const manifest = new Map<string, ManifestEntry>();

  const noteWarnings = (file: string, list: readonly string[]): void => {
    for (const w of list) warnings.push({ file, message: w.startsWith(`${file}:`) ? w : `${file}: ${w}` });
  };
  const report = (r: SeedReport): void => {
    if (r.status === 'error') errors.push({ file: r.file, message: r.error });
    noteWarnings(r.file, r.warnings);
    opts.onReport?.(r);
  };

  /** A seed the manifest vouches for: kept as it is, unless it now clashes with an earlier seed. */
  const settleKnown = (file: string, known: ManifestEntry): boolean => {
    if (byFingerprint.has(known.fingerprint) || byVersion.has(known.version) || bySlug.has(known.slug)) return false;
    byFingerprint.set(known.fingerprint, file);
    byVersion.set(known.version, file);
    bySlug.set(known.slug, file);
    writer?.keep(collectionFileName(known.slug));
    unchanged += 1;
    noteWarnings(file, known.warnings);
    manifest.set(file, known);
    return true;
  };

  type Loaded = {
    readonly seed: SeedFile;
    /** Null when the manifest vouches for the seed from its stamp alone, so it was not read. */
    readonly read: ReadSeedResult | null;
    readonly key: string;
    /** Set when the manifest says this seed and its collection file are unchanged. */
    readonly known: ManifestEntry | undefined;
    entry: CachedSeed | undefined;
    /** Set when `entry` was prepared in this run, so the cache should keep it. */
    fresh?: boolean;
  };

  /** Put one seed's prepared entry through the duplicate and address checks, write it, and report it. */
  const settle = (file: string, key: string, entry: CachedSeed, seed: SeedStamp | undefined): void => {
    const { result } = entry;
    if (!result.ok) {
      report({ file, status: 'error', error: result.error, warnings: result.warnings });
      return;
    }
    const { article } = result;
    const fingerprint = fingerprintArticle(article);
    const original = byFingerprint.get(fingerprint);
    if (original !== undefined) {
      const note = `${file}: same article as ${original} (identical title and body); only ${original} is published. Delete one of the two files.`;
      report({ file, status: 'ok', article, warnings: [...article.warnings, note], outcome: 'duplicate' });
      return;
    }
    const version = versionKey(article);
    const first = byVersion.get(version);
    if (first !== undefined) {
      const note = `${file}: another version of ${first} (the same headline and opening); only ${first} is published. Keep the version you prefer first in file-name order, or delete one of the two files.`;
      report({ file, status: 'ok', article, warnings: [...article.warnings, note], outcome: 'duplicate' });
      return;
    }
    const holder = bySlug.get(article.slug);
    if (holder !== undefined) {
      report({
        file,
        status: 'error',
        error: `${file}: its page address /articles/${article.slug}/ is already taken by ${holder}. Give one of the two a different \`slug:\` in its front matter (or remove a duplicated one), or rename one of the files.`,
        warnings: article.warnings,
      });
      return;
    }
    byFingerprint.set(fingerprint, file);
    byVersion.set(version, file);
    bySlug.set(article.slug, file);
    let outcome: 'written' | 'unchanged' | 'not written' = 'not written';
    if (writer !== null) {
      let { collectionFile } = entry;
      collectionFile ??= serializeArticle(toCollectionEntry(article, file, result.lines, result.blankLines));
      try {
        outcome = writer.write(collectionFileName(article.slug), collectionFile);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        report({
          file,
          status: 'error',
          error: `${file}: its collection file ${collectionFileName(article.slug)} could not be written (${code}). Check that ${opts.collectionDir ?? 'the collection folder'} is writable and the disk has space.`,
          warnings: article.warnings,
        });
        return;
      }
      if (outcome === 'written') written += 1;
      else unchanged += 1;
      const stamp = manifestFile === null ? undefined : writer.stamp(collectionFileName(article.slug));
      if (stamp !== undefined) manifest.set(file, { key, slug: article.slug, fingerprint, version, warnings: article.warnings, ...stamp, ...(seed === undefined ? {} : { seed }) });
    }
    report({ file, status: 'ok', article, warnings: article.warnings, outcome });
  };

  // Seeds go in batches: read and look up a batch, prepare its cache misses (on several threads
  // when there are many), then settle it in file-name order. The batches overlap: this thread
  // reads batch k+1 and writes batch k while the workers prepare them, and prepares chunks of
  // them itself in between. Memory stays bounded by two batches.
  const parallel = opts.workers > 1 && listing.seeds.length >= opts.parallelFrom;
  // Started with the first batch that has enough misses (a warm run never starts one); the
  // workers load while this thread prepares that batch's first chunks.
  const threads: { pool: PreparePool | null } = { pool: null };
  const withFile = writer !== null;
  let next = 0;
  /** Whether the collection file of a seed's manifest entry is as the last run left it. */
  const collectionIntact = (last: ManifestEntry | undefined): boolean => {
    const stamp = last === undefined ? undefined : writer?.stamp(collectionFileName(last.slug));
    return stamp !== undefined && stamp.size === last?.size && stamp.mtimeMs === last.mtimeMs && stamp.ctimeMs === last.ctimeMs;
  };
  const readBatch = (): Loaded[] => {
    const batch: Loaded[] = [];
    let bytes = 0;
    while (next < listing.seeds.length && batch.length < batchSeeds && bytes < batchBytes) {
      const seed = listing.seeds[next++];
      if (seed === undefined) break;
      const last = previous.get(seed.file);
      // Unchanged since the last run by its file stamp, and so is its collection file: not even
      // read (unless the size limit has since been lowered below it, which a read would enforce).
      if (
        last?.seed !== undefined &&
        seed.problem === undefined &&
        last.seed.size <= opts.maxSeedBytes &&
        stillStamped(seed.path, last.seed) &&
        collectionIntact(last)
      ) {
        batch.push({ seed, read: null, key: last.key, known: last, entry: undefined });
        continue;
      }
      const read = readSeed(seed, seedsRealDir, opts.maxSeedBytes);
      const key = read.ok ? seedKey(seed.file, read.bytes) : '';
      bytes += read.ok ? read.bytes.length : 0;
      let known: ManifestEntry | undefined;
      if (read.ok && last?.key === key && collectionIntact(last)) {
        // The same bytes (perhaps touched, or copied back): keep the record, with the new stamp.
        const { seed: _stale, ...rest } = last;
        known = read.stamp === undefined ? rest : { ...rest, seed: read.stamp };
      }
      batch.push({ seed, read, key, known, entry: read.ok && known === undefined ? cache?.get(key) : undefined });
    }
    return batch;
  };
  /** Prepare a batch's cache misses: on the workers (resolves when they are done) or here and now. */
  const prepareBatch = async (batch: Loaded[]): Promise<void> => {
    const misses = batch.filter((l) => l.read?.ok === true && l.known === undefined && l.entry === undefined);
    const inputs = misses.flatMap((l) => (l.read?.ok === true ? [{ file: l.seed.file, bytes: l.read.bytes }] : []));
    if (misses.length > 0) {
      const prepareSeed = await loadPrepare();
      if (parallel && misses.length >= minParallelBatch) {
        threads.pool ??= createPreparePool(opts.workers, prepareSeed);
        const entries = await threads.pool.prepareMany(inputs, withFile);
        misses.forEach((l, i) => (l.entry = entries[i]));
      } else {
        misses.forEach((l, i) => {
          const input = inputs[i];
          if (input !== undefined) l.entry = prepareSeed(input, withFile);
        });
      }
    }
    for (const l of misses) l.fresh = true;
    normalized += misses.length;
    cached += batch.filter((l) => l.read === null || l.read.ok).length - misses.length;
  };
  const settleBatch = async (batch: Loaded[]): Promise<void> => {
    for (const l of batch) {
      const { file } = l.seed;
      if (l.fresh === true && l.entry !== undefined) cache?.set(l.key, l.entry);
      if (l.known !== undefined && settleKnown(file, l.known)) continue;
      // A seed that could not be read, or a clash the manifest cannot settle: then the full
      // record, as a run without the manifest would take it (reading now a seed that its stamp
      // let go unread).
      const read = l.read ?? readSeed(l.seed, seedsRealDir, opts.maxSeedBytes);
      if (!read.ok) {
        report({ file, status: 'error', error: read.error, warnings: [] });
        continue;
      }
      const key = l.read === null ? seedKey(file, read.bytes) : l.key;
      l.entry ??= cache?.get(key);
      if (l.entry === undefined) {
        l.entry = (await loadPrepare())({ file, bytes: read.bytes }, withFile);
        // Counted as from the cache when its batch was prepared; it was normalized after all.
        normalized += 1;
        cached -= 1;
      }
      settle(file, key, l.entry, read.stamp);
    }
  };
  /** Wait for a batch's preparation, preparing queued chunks on this thread meanwhile. */
  const finish = async (prepared: Promise<void>): Promise<void> => {
    let done = false;
    void prepared.then(
      () => (done = true),
      () => (done = true),
    );
    // A turn of the event loop between chunks lets the workers' answers in and new chunks out.
    while (!done && threads.pool !== null && threads.pool.helpOnce()) await new Promise((resolve) => setImmediate(resolve));
    await prepared;
  };
  try {
    let previousBatch: { readonly batch: Loaded[]; readonly prepared: Promise<void> } | null = null;
    while (next < listing.seeds.length || previousBatch !== null) {
      const batch = next < listing.seeds.length ? readBatch() : null;
      const prepared = batch === null ? null : prepareBatch(batch);
      // Keep a rejected preparation from going unhandled while the batch before is settled.
      prepared?.catch(() => undefined);
      if (previousBatch !== null) {
        await finish(previousBatch.prepared);
        await settleBatch(previousBatch.batch);
      }
      previousBatch = batch === null || prepared === null ? null : { batch, prepared };
      // A turn of the event loop per batch lets a signal handler end the run between two writes.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await threads.pool?.close();
  }

  const removed = writer?.removeOthers() ?? [];
  if (opts.cacheDir !== null && manifestFile !== null && manifestChanged(previous, manifest)) {
    writeManifest(manifestFile, manifest);
    try {
      removeOtherVersions(opts.cacheDir, version);
    } catch {
      // Old versions only take space.
    }
  }
  return summarize(listing, removed);
}
