import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileStamp } from '../files/file-stamp.ts';

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

/** The slug a collection file's name gives (`collectionFileName`'s inverse): its name without `.json`. */
export function collectionFileSlug(name: string): string {
  return name.slice(0, -collectionFileExtension.length);
}

/** Whether a name in the collection's folder is an article's file: `*.json`, not hidden (a temporary file of a write is). */
export function isCollectionFile(name: string): boolean {
  return name.endsWith(collectionFileExtension) && !name.startsWith('.');
}

/**
 * The stamp (`fileStamp`) of each of the collection's files in `dir`, by file name, in code-unit
 * order: one stat a file. `npm run build` takes them once and hands them to the kept renderer's
 * sync (`articleLoader`), which then stats no file again.
 */
export function collectionStamps(dir: string): Map<string, string> {
  const names = existsSync(dir) ? readdirSync(dir).filter(isCollectionFile).sort() : [];
  return new Map(names.map((name) => [name, fileStamp(join(dir, name))]));
}
