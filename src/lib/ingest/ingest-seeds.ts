import { realpathSync } from 'node:fs';
import { collectionEntrySchema } from '../article/schema';
import { normalize, type NormalizeResult } from '../normalize';
import { createCollectionWriter, type CollectionWriter } from './collection-writer';
import { fingerprintArticle } from './fingerprint-article';
import { openIngestCache, seedKey, type CachedSeed, type IngestCache } from './ingest-cache';
import { listSeeds, type SeedListing, type SkippedEntry } from './list-seeds';
import { normalizerVersion } from './normalizer-version';
import { defaultMaxSeedBytes, readSeed } from './read-seed';
import type { SeedReport } from './seed-report';
import { serializeArticle } from './serialize-article';

export interface IngestOptions {
  /** The folder of `*.txt` seeds. */
  readonly seedsDir: string;
  /** The content-collection folder to write, or null to write nothing (`--json`). */
  readonly collectionDir: string | null;
  /** The cache folder, or null to normalize every seed. */
  readonly cacheDir: string | null;
  /** Seeds larger than this are refused. */
  readonly maxSeedBytes: number;
  /** Called with each seed's report, in file-name order, as soon as it is known. */
  readonly onReport?: (report: SeedReport) => void;
}

export const defaultIngestOptions: Readonly<Omit<IngestOptions, 'seedsDir'>> = Object.freeze({
  collectionDir: 'src/content/articles',
  cacheDir: '.cache/ingest',
  maxSeedBytes: defaultMaxSeedBytes,
});

/** A problem or a note about one file, for the summary. */
export interface FileMessage {
  readonly file: string;
  readonly message: string;
}

export interface IngestSummary {
  /** Seeds found (files named `*.txt`). */
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
 * collection schema, and written as `<slug>.md` if its content changed. The same article
 * under two names is published once, with a warning naming both; two seeds that would
 * share a page address make the later one an error. Collection files whose seed is gone
 * are removed. Problems in the data are reported, never thrown.
 */
export function ingestSeeds(options: Readonly<Partial<IngestOptions>> & { readonly seedsDir: string }): IngestSummary {
  const opts: IngestOptions = { ...defaultIngestOptions, ...options };
  const started = performance.now();
  const warnings: FileMessage[] = [];
  const errors: FileMessage[] = [];
  let written = 0;
  let unchanged = 0;
  let normalized = 0;
  let cached = 0;
  const summarize = (listing: SeedListing | null, removed: string[]): IngestSummary => ({
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

  let listing: SeedListing;
  let seedsRealDir: string;
  try {
    seedsRealDir = realpathSync(opts.seedsDir);
    listing = listSeeds(seedsRealDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    errors.push({
      file: opts.seedsDir,
      message: `${opts.seedsDir}: the seeds folder cannot be read (${code}). Create it and put one .txt file per article in it, or pass another folder with --seeds DIR.`,
    });
    return summarize(null, []);
  }

  const cache: IngestCache | null = opts.cacheDir === null ? null : openIngestCache(opts.cacheDir, normalizerVersion());
  let writer: CollectionWriter | null = null;
  if (opts.collectionDir !== null) {
    try {
      writer = createCollectionWriter(opts.collectionDir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      errors.push({
        file: opts.collectionDir,
        message: `${opts.collectionDir}: the collection folder cannot be created (${code}). Check that its parent is a writable folder.`,
      });
      return summarize(listing, []);
    }
  }
  const byFingerprint = new Map<string, string>();
  const bySlug = new Map<string, string>();

  const report = (r: SeedReport): void => {
    if (r.status === 'error') errors.push({ file: r.file, message: r.error });
    for (const w of r.warnings) warnings.push({ file: r.file, message: w.startsWith(`${r.file}:`) ? w : `${r.file}: ${w}` });
    opts.onReport?.(r);
  };

  for (const seed of listing.seeds) {
    const { file } = seed;
    const read = readSeed(seed, seedsRealDir, opts.maxSeedBytes);
    if (!read.ok) {
      report({ file, status: 'error', error: read.error, warnings: [] });
      continue;
    }
    const key = seedKey(file, read.bytes);
    let entry: CachedSeed | undefined = cache?.get(key);
    if (entry === undefined) {
      entry = check(normalize({ file, bytes: read.bytes }), writer !== null);
      normalized += 1;
      cache?.set(key, entry);
    } else {
      cached += 1;
    }
    const { result } = entry;
    if (!result.ok) {
      report({ file, status: 'error', error: result.error, warnings: result.warnings });
      continue;
    }
    const { article } = result;
    const fingerprint = fingerprintArticle(article);
    const original = byFingerprint.get(fingerprint);
    if (original !== undefined) {
      const note = `${file}: same article as ${original} (identical title and body); only ${original} is published. Delete one of the two files.`;
      report({ file, status: 'ok', article, warnings: [...article.warnings, note], outcome: 'duplicate' });
      continue;
    }
    const holder = bySlug.get(article.slug);
    if (holder !== undefined) {
      report({
        file,
        status: 'error',
        error: `${file}: its page address /articles/${article.slug}/ is already taken by ${holder}. Give one of the two a different \`slug:\` in its front matter (or remove a duplicated one), or rename one of the files.`,
        warnings: article.warnings,
      });
      continue;
    }
    byFingerprint.set(fingerprint, file);
    bySlug.set(article.slug, file);
    let outcome: 'written' | 'unchanged' | 'not written' = 'not written';
    if (writer !== null) {
      let { markdown } = entry;
      if (markdown === undefined) {
        markdown = serializeArticle({ ...article, file, lines: result.lines });
        cache?.set(key, { result, markdown });
      }
      try {
        outcome = writer.write(`${article.slug}.md`, markdown);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? String(error);
        report({
          file,
          status: 'error',
          error: `${file}: its collection file ${article.slug}.md could not be written (${code}). Check that ${opts.collectionDir ?? 'the collection folder'} is writable and the disk has space.`,
          warnings: article.warnings,
        });
        continue;
      }
      if (outcome === 'written') written += 1;
      else unchanged += 1;
    }
    report({ file, status: 'ok', article, warnings: article.warnings, outcome });
  }

  return summarize(listing, writer?.removeOthers() ?? []);
}

/**
 * A normalizer result checked against the collection schema; an invalid record becomes an
 * error naming the file. With `withMarkdown`, the collection file is serialized once here
 * and kept in the cache.
 */
function check(result: NormalizeResult, withMarkdown: boolean): CachedSeed {
  if (!result.ok) return { result };
  const entry = { ...result.article, file: result.file, lines: result.lines };
  const parsed = collectionEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    return {
      result: {
        ok: false,
        file: result.file,
        error: `${result.file}: the normalizer made a record that does not fit the article schema (${issues}). This is a bug in the normalizer: report it with this file.`,
        warnings: result.article.warnings,
      },
    };
  }
  return withMarkdown ? { result, markdown: serializeArticle(entry) } : { result };
}
