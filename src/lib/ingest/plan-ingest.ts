import { collectionFileName } from '../article/collection-files.ts';
import type { Article } from '../article/schema.ts';
import { checkCacheFolder, type CacheProblem } from './check-cache-folder.ts';
import type { CollectionWriter } from './collection-writer.ts';
import { removeOtherVersions } from './ingest-cache.ts';
import { manifestChanged, manifestPath, readManifest, writeManifest, type ManifestEntry } from './ingest-manifest.ts';
import type { IngestOptions } from './ingest-seeds.ts';
import type { SeedFile } from './list-seeds.ts';
import type { ArticleKeys } from './seed-registry.ts';
import { stillStamped, type SeedStamp } from './seed-stamp.ts';

export interface IngestPlan {
  /** Why the cache folder cannot be used (a warning for the summary), or undefined. */
  readonly cacheProblem: CacheProblem | undefined;
  /**
   * The last run's entry for a seed that need not even be read: its file stamp and its
   * collection file are as that run left them, and the size limit still admits it.
   */
  vouchUnread(seed: SeedFile): ManifestEntry | undefined;
  /** The last run's entry for a seed read with these bytes (`key`), when its collection file is intact: with the new stamp. */
  vouchRead(file: string, key: string, stamp: SeedStamp | undefined): ManifestEntry | undefined;
  /** Carry an entry the run found unchanged over to the next manifest. */
  keep(file: string, entry: ManifestEntry): void;
  /** Record a collection file just written (or found current) for the next manifest. */
  record(file: string, entry: { readonly key: string; readonly keys: ArticleKeys; readonly warnings: Article['warnings']; readonly seed: SeedStamp | undefined }): void;
  /** Save the manifest when it changed, and remove the cache folders of other normalizer versions. */
  save(): void;
}

/**
 * The plan of an ingest run: what the last run's manifest and the seeds' file stamps say can be
 * skipped. The manifest is kept only with a cache folder and a collection folder, and only when
 * no caller wants each record (`onReport`): a seed it vouches for is never normalized, and one
 * whose stamp still holds is not even read. Never throws; a manifest it cannot read is empty.
 */
export function planIngest(
  opts: Pick<IngestOptions, 'cacheDir' | 'collectionDir' | 'maxSeedBytes' | 'onReport'>,
  version: string,
  writer: CollectionWriter | null,
): IngestPlan {
  const { cacheDir, collectionDir } = opts;
  const manifestFile = cacheDir !== null && collectionDir !== null && opts.onReport === undefined ? manifestPath(cacheDir, version, collectionDir) : null;
  const previous = manifestFile === null ? new Map<string, ManifestEntry>() : readManifest(manifestFile);
  const manifest = new Map<string, ManifestEntry>();
  /** Whether the collection file of a seed's manifest entry is as the last run left it. */
  const collectionIntact = (last: ManifestEntry): boolean => {
    const stamp = writer?.stamp(collectionFileName(last.slug));
    return stamp !== undefined && stamp.size === last.size && stamp.mtimeMs === last.mtimeMs && stamp.ctimeMs === last.ctimeMs;
  };
  return {
    cacheProblem: cacheDir === null ? undefined : checkCacheFolder(cacheDir, version, manifestFile),
    vouchUnread(seed) {
      const last = previous.get(seed.file);
      // Reading enforces the size limit, which may have been lowered since.
      const unread = last?.seed !== undefined && seed.problem === undefined && last.seed.size <= opts.maxSeedBytes && stillStamped(seed.path, last.seed);
      return unread && collectionIntact(last) ? last : undefined;
    },
    vouchRead(file, key, stamp) {
      const last = previous.get(file);
      if (last?.key !== key || !collectionIntact(last)) return undefined;
      // The same bytes (perhaps touched, or copied back): the same record, with the new stamp.
      const { seed: _stale, ...rest } = last;
      return stamp === undefined ? rest : { ...rest, seed: stamp };
    },
    keep(file, entry) {
      manifest.set(file, entry);
    },
    record(file, { key, keys, warnings, seed }) {
      const stamp = manifestFile === null ? undefined : writer?.stamp(collectionFileName(keys.slug));
      if (stamp === undefined) return;
      manifest.set(file, { key, slug: keys.slug, fingerprint: keys.fingerprint, version: keys.version, warnings, ...stamp, ...(seed === undefined ? {} : { seed }) });
    },
    save() {
      if (cacheDir === null || manifestFile === null || !manifestChanged(previous, manifest)) return;
      writeManifest(manifestFile, manifest);
      try {
        removeOtherVersions(cacheDir, version);
      } catch {
        // Old versions only take space.
      }
    },
  };
}
