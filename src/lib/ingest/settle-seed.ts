import { collectionFileName } from '../article/collection-files.ts';
import { diagnostic } from '../article/diagnostic.ts';
import type { CollectionWriter } from './collection-writer.ts';
import { seedKey, type CachedSeed, type IngestCache } from './ingest-cache.ts';
import type { ManifestEntry } from './ingest-manifest.ts';
import type { IngestMessages } from './ingest-messages.ts';
import type { IngestPlan } from './plan-ingest.ts';
import type { BatchPreparer } from './prepare-batch.ts';
import type { LoadedSeed } from './read-batch.ts';
import { readSeed } from './read-seed.ts';
import type { SeedRegistry } from './seed-registry.ts';
import type { SeedStamp } from './seed-stamp.ts';
import { serializeArticle } from './serialize-article.ts';

/** What became of one seed, from which the run's counts are derived. */
export interface SeedFate {
  /** Its collection file rewritten, already current (or kept by the manifest), a duplicate, not asked for, or an error. */
  readonly outcome: 'written' | 'unchanged' | 'duplicate' | 'not written' | 'error';
  /** Whether the normalizer ran for it in this run. */
  readonly normalized: boolean;
  /** Whether it was read (or vouched for unread) and its result came from the manifest or the cache. */
  readonly cached: boolean;
}

export interface SettleContext {
  readonly seedsRealDir: string;
  readonly maxSeedBytes: number;
  /** The collection folder, for messages; null when nothing is written. */
  readonly collectionDir: string | null;
  readonly writer: CollectionWriter | null;
  readonly cache: IngestCache | null;
  readonly plan: IngestPlan;
  readonly registry: SeedRegistry;
  readonly preparer: BatchPreparer;
  readonly messages: IngestMessages;
}

/**
 * The settle step, in file-name order: keep a seed the manifest vouches for, or put its record
 * through the duplicate and address checks, write its collection file, and report it. A seed the
 * manifest cannot settle (a clash with an earlier seed) is taken in full, as a run without the
 * manifest would take it: read now if its stamp let it go unread, and prepared if no cache has it.
 */
export async function settleSeed(loaded: LoadedSeed, context: SettleContext): Promise<SeedFate> {
  const { seed, known, fresh } = loaded;
  // Counted as from the cache unless normalized here: every seed the read step read or vouched for.
  const readable = loaded.read === null || loaded.read.ok;
  if (fresh === true && loaded.entry !== undefined) context.cache?.set(loaded.key, loaded.entry);
  if (known !== undefined && settleKnown(seed.file, known, context)) return { outcome: 'unchanged', normalized: false, cached: readable };
  const read = loaded.read ?? readSeed(seed, context.seedsRealDir, context.maxSeedBytes);
  if (!read.ok) {
    context.messages.report({ file: seed.file, status: 'error', error: read.error, warnings: [] });
    return { outcome: 'error', normalized: false, cached: readable };
  }
  const key = loaded.read === null ? seedKey(seed.file, read.bytes) : loaded.key;
  const entry = loaded.entry ?? context.cache?.get(key);
  const prepared = entry ?? (await context.preparer.prepareOne({ file: seed.file, bytes: read.bytes }));
  const normalized = fresh === true || entry === undefined;
  return { outcome: await publish(seed.file, { key, entry: prepared, stamp: read.stamp }, context), normalized, cached: readable && !normalized };
}

/** A seed the manifest vouches for: kept as it is, unless it now clashes with an earlier seed. */
function settleKnown(file: string, known: ManifestEntry, { registry, writer, plan, messages }: SettleContext): boolean {
  if (!registry.claimKnown(file, known)) return false;
  writer?.keep(collectionFileName(known.slug));
  messages.warn(known.warnings);
  plan.keep(file, known);
  return true;
}

/** Claim the page of a prepared seed's article, write its collection file, and report it. */
async function publish(
  file: string,
  { key, entry, stamp }: { readonly key: string; readonly entry: CachedSeed; readonly stamp: SeedStamp | undefined },
  { registry, writer, plan, messages, collectionDir }: SettleContext,
): Promise<SeedFate['outcome']> {
  const { result } = entry;
  if (!result.ok) {
    messages.report({ file, status: 'error', error: result.error, warnings: result.warnings });
    return 'error';
  }
  const { article } = result;
  const claim = registry.claim(file, article);
  if (!claim.ok && claim.duplicate) {
    messages.report({ file, status: 'ok', article, warnings: [...article.warnings, claim.warning], outcome: 'duplicate' });
    return 'duplicate';
  }
  if (!claim.ok) {
    messages.report({ file, status: 'error', error: claim.error, warnings: article.warnings });
    return 'error';
  }
  if (writer === null) {
    messages.report({ file, status: 'ok', article, warnings: article.warnings, outcome: 'not written' });
    return 'not written';
  }
  const name = collectionFileName(article.slug);
  // Prepared entries carry their file; the entity finder (half a second to load) is loaded only without one.
  const content = entry.collectionFile ?? serializeArticle((await import('../article/collection-entry.ts')).toCollectionEntry(article, file, result.lines, result.blankLines));
  let outcome: 'written' | 'unchanged';
  try {
    outcome = writer.write(name, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    const message = `its collection file ${name} could not be written (${code}). Check that ${collectionDir ?? 'the collection folder'} is writable and the disk has space.`;
    messages.report({ file, status: 'error', error: diagnostic('error', file, 'collection-write-failed', message), warnings: article.warnings });
    return 'error';
  }
  plan.record(file, { key, keys: claim.keys, warnings: article.warnings, seed: stamp });
  messages.report({ file, status: 'ok', article, warnings: article.warnings, outcome });
  return outcome;
}
