import { mkdirSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { collectionFileName, collectionFileSlug, isCollectionFile } from '../article/collection-files.ts';
import { articleSchema, collectionEntrySchema } from '../article/schema.ts';
import { fileStamp } from '../files/file-stamp.ts';
import { linesOf, writeLines } from '../files/lines-file.ts';
import { defaultBuildOptions, orderedIndexFiles, type SearchArticle } from './build-index.ts';
import { keptOrder } from './document-order.ts';
import { openKeptCounts, type KeptCounts } from './kept-counts.ts';
import { documentEntry, documentLine, planPatch, readLastIndex } from './last-index.ts';
import { patchedIndexFiles, type DocumentEntry } from './patch-index.ts';

/** Where a build's search index comes from and goes to. */
export interface WriteSearchIndexOptions {
  /** The content collection's folder: one `<slug>.json` file per article (see `serializeArticle`). */
  readonly collectionDir: string;
  /** The folder the index files are written into (created; it should not exist yet). */
  readonly outDir: string;
  /**
   * Where the documents' term counts are kept between builds (see `openKeptCounts`): written after
   * each build, and read only when `reuseCounts` says the code that counts them is the same as then.
   */
  readonly countsFile?: string;
  readonly reuseCounts?: boolean;
  /** Where the documents' order is kept between builds (see `keptOrder`): read when it exists, written after. */
  readonly orderFile?: string;
  /**
   * The record of the index files the output already has (see `filesRecord`): a file whose text
   * is the same is not written again, so `outDir` receives only the files that changed.
   */
  readonly previousFiles?: string;
  /** Where to record this index's files: one line per file, the digest of its text and its path. */
  readonly filesRecord?: string;
  /**
   * The last build's index folder and its documents record (see `documentsRecord`): given both,
   * with `previousFiles` and kept counts, a build in which few documents changed puts them into
   * the last index (`planPatch`) instead of indexing every document.
   */
  readonly previousIndex?: string;
  readonly previousDocuments?: string;
  /** Where to record this index's documents: per number, its slug, its file's stamp, the digest of its text and what the filters need. */
  readonly documentsRecord?: string;
  /** The posting shards' size in characters (`BuildOptions`); the default in a build. */
  readonly shardBytes?: number;
  /**
   * The collection's files by name, in name order, with their stamps (`collectionStamps`), as the
   * build took them once its ingest was done: given, the folder is not listed nor any file
   * stat'ed again (at 100,000 articles, 0.5 s of the worker's processor in every build).
   */
  readonly collectionStamps?: ReadonlyMap<string, string>;
}

/** What `writeSearchIndex` did: every file of the index, how many of them it wrote, and whether it patched the last index. */
export interface IndexWrite {
  readonly paths: readonly string[];
  readonly written: number;
  readonly patched: boolean;
}

/**
 * Build the search index of the collection's files and write it into `outDir`: every file, or,
 * given `previousFiles`, those that changed; each as it is made, so the whole index is never held.
 * The build runs this on a worker thread while Astro renders the pages: the index is built from
 * the same files as the collection, after Astro has loaded and checked them, and needs none of
 * what the pages render.
 */
export async function writeSearchIndex(options: WriteSearchIndexOptions): Promise<IndexWrite> {
  const { countsFile, reuseCounts = false } = options;
  if (countsFile !== undefined) mkdirSync(dirname(countsFile), { recursive: true });
  const counts = openKeptCounts(reuseCounts ? countsFile : undefined, countsFile);
  try {
    const written = await writeIndexFiles(options, counts);
    counts.save();
    return written;
  } catch (error) {
    counts.discard();
    throw error;
  }
}

/** The index files of `writeSearchIndex`, with the order, files and documents records; the counts are the caller's to save. */
async function writeIndexFiles(options: WriteSearchIndexOptions, counts: KeptCounts): Promise<IndexWrite> {
  const { collectionDir, outDir, orderFile, previousFiles, filesRecord, previousIndex, previousDocuments, documentsRecord, shardBytes = defaultBuildOptions.shardBytes, collectionStamps } = options;
  const slugs = collectionStamps === undefined ? await collectionSlugs(collectionDir) : [...collectionStamps.keys()].map(collectionFileSlug);
  const order = keptOrder(orderFile === undefined ? [] : [...linesOf(orderFile)], slugs);
  const stamps = order.map((slug) => collectionStamps?.get(collectionFileName(slug)) ?? fileStamp(join(collectionDir, collectionFileName(slug))));
  const had = previousFiles === undefined ? new Map<string, string>() : recordedDigests(previousFiles);
  const last = previousIndex === undefined || previousDocuments === undefined ? undefined : readLastIndex(previousIndex, previousDocuments, had);
  const patch = last === undefined ? undefined : planPatch(last, order, stamps, counts, (slug) => readArticle(collectionDir, slug));
  const read: DocumentEntry[] = [];
  const files =
    patch === undefined
      ? orderedIndexFiles(noting(readInOrder(collectionDir, order), (article, doc) => read.push(documentEntry(article, stamps[doc] ?? '', ''))), { count: (doc) => counts.count(doc), shardBytes })
      : patchedIndexFiles(patch, { ...defaultBuildOptions, shardBytes });
  const digests = new Map<string, string>();
  let batch: [path: string, text: string][] = [];
  let written = 0;
  await mkdir(outDir, { recursive: true });
  for (const { path, text, digest } of files) {
    digests.set(path, digest);
    if (text !== null && had.get(path) !== digest) batch.push([path, text]);
    if (batch.length < 256) continue;
    written += await writeFiles(outDir, batch);
    batch = [];
  }
  written += await writeFiles(outDir, batch);
  const documents = patch?.documents ?? read.map((entry, doc) => ({ ...entry, digest: counts.digests[doc] ?? '' }));
  const saves: [path: string | undefined, save: (path: string) => void][] = [
    [orderFile, (path) => writeLines(path, order)],
    [filesRecord, (path) => writeLines(path, digests.entries().map(([file, digest]) => `${digest} ${file}`))],
    [documentsRecord, (path) => writeLines(path, documents.map(documentLine))],
  ];
  for (const [path, save] of saves) {
    if (path === undefined) continue;
    mkdirSync(dirname(path), { recursive: true });
    save(path);
  }
  return { paths: [...digests.keys()], written, patched: patch !== undefined };
}

/** The items of `items`, each passed to `note` with its position as it is taken. */
function* noting<T>(items: Iterable<T>, note: (item: T, position: number) => void): Generator<T> {
  let position = 0;
  for (const item of items) {
    note(item, position++);
    yield item;
  }
}

/** Write files under a folder together, with the folders they need; returns how many. */
async function writeFiles(outDir: string, files: readonly [path: string, text: string][]): Promise<number> {
  await Promise.all([...new Set(files.map(([path]) => dirname(join(outDir, path))))].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all(files.map(([path, text]) => writeFile(join(outDir, path), text)));
  return files.length;
}

/** The digests of a files record, by path; none when it is missing or unreadable (every file is then written). */
function recordedDigests(path: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const line of linesOf(path)) {
    const space = line.indexOf(' ');
    if (space > 0) digests.set(line.slice(space + 1), line.slice(0, space));
  }
  return digests;
}

/** The slugs of a collection folder's files (`<slug>.json`), in file-name order. */
async function collectionSlugs(collectionDir: string): Promise<string[]> {
  return (await readdir(collectionDir)).filter(isCollectionFile).sort().map(collectionFileSlug);
}

/**
 * What the index needs of the collection's articles, read one at a time in the given order of
 * slugs: at most one article's text is held (the index keeps none). Throws naming the file when
 * one is not an entry or holds another slug than its name.
 */
function* readInOrder(collectionDir: string, slugs: readonly string[]): Generator<SearchArticle> {
  for (const slug of slugs) yield readArticle(collectionDir, slug);
}

/** What the index needs of the collection file of a slug; throws naming the file when it is not an entry or holds another slug than its name. */
function readArticle(collectionDir: string, slug: string): SearchArticle {
  const path = join(collectionDir, collectionFileName(slug));
  const article = searchArticleOf(readFileSync(path, 'utf8'), path);
  if (article.slug !== slug) {
    throw new Error(`search index: ${path} holds the article ${article.slug}, but a collection file is named by its slug. Run \`npm run ingest\` to write it again.`);
  }
  return article;
}

/** What the index needs of every collection file of a folder (`<slug>.json`), in file-name order. */
export async function readSearchArticles(collectionDir: string): Promise<SearchArticle[]> {
  const names = (await collectionSlugs(collectionDir)).map(collectionFileName);
  const articles: SearchArticle[] = [];
  for (let i = 0; i < names.length; i += 256) {
    const texts = await Promise.all(names.slice(i, i + 256).map((name) => readFile(join(collectionDir, name), 'utf8')));
    texts.forEach((text, j) => articles.push(searchArticleOf(text, join(collectionDir, names[i + j] ?? ''))));
  }
  return articles;
}

/** What the index needs of a collection entry, checked as the collection schema checks those fields. */
const searchArticleSchema = articleSchema
  .pick({ slug: true, title: true, date: true, source: true, byline: true, authors: true, body: true })
  .extend({ entities: collectionEntrySchema.shape.entities });

/** The fields the index needs from one collection file; throws naming the file when it lacks them. */
function searchArticleOf(text: string, path: string): SearchArticle {
  const parsed = searchArticleSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`search index: ${path} is not a collection entry (expected slug, title, date, source, byline, authors, body and entities). Run \`npm run ingest\` to write it again.`);
  }
  return parsed.data;
}
