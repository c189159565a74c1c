/**
 * Where the content collection lives: `npm run ingest` writes it, the collection's loader (`article-loader.ts`) reads it,
 * and the search index is built from it. One JSON file per article, named by its slug.
 */

/** The collection's folder, relative to the project root. */
export const collectionFolder = 'src/content/articles';

/** The extension of the collection's files. */
export const collectionFileExtension = '.json';

/** The file name of the article with this slug: `<slug>.json`. */
export function collectionFileName(slug: string): string {
  return `${slug}${collectionFileExtension}`;
}
