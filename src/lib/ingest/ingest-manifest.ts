import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { diagnosticRules, severities, type Diagnostic } from '../article/diagnostic.ts';
import type { Article } from '../article/schema.ts';
import type { ArticleKeys } from './seed-registry.ts';
import type { FileStamp, SeedStamp } from './seed-stamp.ts';
import { linesOf, writeLines } from '../files/lines-file.ts';

// Pays: warm run at 10,000 seeds 0.62 s CPU with the manifest, 31.4 s without (every seed normalized).
/**
 * What the last run wrote for one seed: enough to skip the seed when nothing about it changed.
 * The keys of its article (for the duplicate and address checks) and the record's own warnings;
 * `key`, the seed's cache key (its name and bytes) when it was written; the stamp of the
 * collection file as written, to notice any later change to it (its change time catches an edit
 * whose size and modification time were set back with `touch -r`: ordinary programs cannot set
 * it); and `seed`, the seed file's stamp when it was read, when it can be trusted: the next run
 * then need not read it.
 */
export type ManifestEntry = ArticleKeys & Readonly<Pick<Article, 'warnings'>> & FileStamp & { readonly key: string; readonly seed?: SeedStamp };

/**
 * Where the manifest of one collection folder lives: beside the cache entries of this
 * normalizer version (so a new version starts without one), one per collection folder. It is
 * JSON lines, `["seed.txt", {entry}]` each, read and written a line at a time: at about 500 bytes
 * a seed, one JSON text would pass V8's longest string near a million seeds.
 */
export function manifestPath(cacheDir: string, version: string, collectionDir: string): string {
  const id = createHash('sha256').update(resolve(collectionDir)).digest('hex').slice(0, 12);
  return join(cacheDir, version, `manifest-${id}.jsonl`);
}

/**
 * The manifest's entries by seed file name; empty when it is missing. A line that is damaged or
 * not what a run writes is left out (its seed is then read and checked in full).
 */
export function readManifest(path: string): Map<string, ManifestEntry> {
  const entries = new Map<string, ManifestEntry>();
  for (const line of linesOf(path)) {
    const pair = parseLine(line);
    if (pair) entries.set(pair[0], pair[1]);
  }
  return entries;
}

function parseLine(line: string): [string, ManifestEntry] | null {
  try {
    const pair: unknown = JSON.parse(line);
    return Array.isArray(pair) && pair.length === 2 && typeof pair[0] === 'string' && isManifestEntry(pair[1]) ? [pair[0], pair[1]] : null;
  } catch {
    return null;
  }
}

type Check = (value: unknown) => boolean;
const isNumber: Check = (value) => typeof value === 'number' && Number.isFinite(value);
const isString: Check = (value) => typeof value === 'string';
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);

/** A check that a value is an object whose fields pass their checks; the compiler holds `checks` to every field of `T`, no more. */
function shaped<T>(checks: { readonly [K in keyof T]-?: Check }): (value: unknown) => value is T {
  const fields = Object.entries<Check>(checks);
  return (value): value is T => typeof value === 'object' && value !== null && fields.every(([field, check]) => check((value as Record<string, unknown>)[field]));
}

const oneOf =
  (values: readonly unknown[]): Check =>
  (value) =>
    values.includes(value);

const isDiagnostic = shaped<Diagnostic>({ file: isString, rule: oneOf(diagnosticRules), message: isString, line: optional(isNumber), severity: oneOf(severities) });
const isSeedStamp = shaped<SeedStamp>({ ino: isNumber, size: isNumber, mtimeMs: isNumber, ctimeMs: isNumber });
const isManifestEntry = shaped<ManifestEntry>({
  key: isString,
  slug: isString,
  fingerprint: isString,
  version: isString,
  warnings: (value) => Array.isArray(value) && value.every(isDiagnostic),
  size: isNumber,
  mtimeMs: isNumber,
  ctimeMs: isNumber,
  seed: optional(isSeedStamp),
});

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
    writeLines(path, entries.entries().map((pair) => JSON.stringify(pair)));
  } catch {
    // The manifest only saves time.
  }
}

