import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SeedStamp } from './seed-stamp';
import { writeFileAtomic } from './write-file-atomic';

// Pays: warm run at 10,000 seeds 1.49 s CPU with the manifest, 31.4 s without (every seed normalized).
/** What the last run wrote for one seed: enough to skip the seed when nothing about it changed. */
export interface ManifestEntry {
  /** The seed's cache key (its name and bytes) when it was written. */
  readonly key: string;
  readonly slug: string;
  /** `fingerprintArticle` of the record, for the duplicate check. */
  readonly fingerprint: string;
  /** `versionKey` of the record, for the check for other versions of one article. */
  readonly version: string;
  /** The record's own warnings. */
  readonly warnings: readonly string[];
  /**
   * Size, modification time and change time of the collection file as written, to notice any
   * later change to it. The change time catches an edit whose size and modification time were
   * set back (`touch -r`): ordinary programs cannot set it.
   */
  readonly size: number;
  readonly mtimeMs: number;
  readonly ctimeMs: number;
  /** The seed file's stamp when it was read, when it can be trusted: the next run then need not read it. */
  readonly seed?: SeedStamp;
}

/**
 * Where the manifest of one collection folder lives: beside the cache entries of this
 * normalizer version (so a new version starts without one), one per collection folder.
 */
export function manifestPath(cacheDir: string, version: string, collectionDir: string): string {
  const id = createHash('sha256').update(resolve(collectionDir)).digest('hex').slice(0, 12);
  return join(cacheDir, version, `manifest-${id}.json`);
}

/**
 * The manifest's entries by seed file name; empty when it is missing or damaged. An entry that
 * is not what a run writes is left out (its seed is then read and checked in full).
 */
export function readManifest(path: string): Map<string, ManifestEntry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
  if (typeof parsed !== 'object' || parsed === null) return new Map();
  return new Map(Object.entries(parsed).filter((pair): pair is [string, ManifestEntry] => isManifestEntry(pair[1])));
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function isManifestEntry(value: unknown): value is ManifestEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<keyof ManifestEntry, unknown>;
  const seed = entry.seed as Record<keyof SeedStamp, unknown> | null | undefined;
  return (
    isString(entry.key) &&
    isString(entry.slug) &&
    isString(entry.fingerprint) &&
    isString(entry.version) &&
    Array.isArray(entry.warnings) &&
    entry.warnings.every(isString) &&
    isNumber(entry.size) &&
    isNumber(entry.mtimeMs) &&
    isNumber(entry.ctimeMs) &&
    (seed === undefined ||
      (typeof seed === 'object' && seed !== null && isNumber(seed.ino) && isNumber(seed.size) && isNumber(seed.mtimeMs) && isNumber(seed.ctimeMs)))
  );
}

/**
 * Whether a run's manifest differs from the one it read: true unless it holds the very same
 * entries (the objects read, which a run keeps for a seed it found unchanged) in the same order.
 */
export function manifestChanged(before: ReadonlyMap<string, ManifestEntry>, after: ReadonlyMap<string, ManifestEntry>): boolean {
  if (before.size !== after.size) return true;
  const old = before.entries();
  for (const [file, entry] of after) {
    const [oldFile, oldEntry] = old.next().value ?? [];
    if (oldFile !== file || oldEntry !== entry) return true;
  }
  return false;
}

/** Save the manifest; a failure only makes the next run slower. */
export function writeManifest(path: string, entries: ReadonlyMap<string, ManifestEntry>): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileAtomic(path, JSON.stringify(Object.fromEntries(entries)));
  } catch {
    // The manifest only saves time.
  }
}
