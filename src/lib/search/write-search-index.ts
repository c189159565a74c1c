import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { collectionFileExtension } from '../article/collection-files.ts';
import { articleSchema, collectionEntrySchema } from '../article/schema.ts';
import { buildSearchIndex, type SearchArticle } from './build-index.ts';
import { openKeptCounts } from './kept-counts.ts';

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
}

/**
 * Build the search index of the collection's files and write it into `outDir`; returns the
 * number of files written. The build runs this on a worker thread while Astro renders the
 * pages: the index is built from the same files as the collection, after Astro has loaded and
 * checked them, and needs none of what the pages render.
 */
export async function writeSearchIndex({ collectionDir, outDir, countsFile, reuseCounts = false }: WriteSearchIndexOptions): Promise<number> {
  const counts = openKeptCounts(reuseCounts ? countsFile : undefined);
  const files = buildSearchIndex(await readSearchArticles(collectionDir), { count: (doc) => counts.count(doc) });
  const paths = [...files.keys()];
  await Promise.all([...new Set(paths.map((path) => dirname(join(outDir, path))))].map((folder) => mkdir(folder, { recursive: true })));
  for (let i = 0; i < paths.length; i += 256) {
    await Promise.all(paths.slice(i, i + 256).map((path) => writeFile(join(outDir, path), files.get(path) ?? '')));
  }
  if (countsFile !== undefined) {
    await mkdir(dirname(countsFile), { recursive: true });
    counts.save(countsFile);
  }
  return paths.length;
}

/** What the index needs of every collection file of a folder (`<slug>.json`), in file-name order. */
export async function readSearchArticles(collectionDir: string): Promise<SearchArticle[]> {
  const names = (await readdir(collectionDir)).filter((name) => name.endsWith(collectionFileExtension) && !name.startsWith('.')).sort();
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
