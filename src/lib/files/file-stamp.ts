import { statSync, type Stats } from 'node:fs';

/**
 * A file's stamp: inode, size, modification and change times. A file written again (as the
 * ingest writes collection files: a new file renamed into place) gets a new one; an equal stamp
 * is taken to mean the same contents, as the collection's loader and the search index take it.
 */
export function fileStamp(path: string): string {
  return stampOf(statSync(path));
}

/** The stamp (`fileStamp`) of a file whose stats were read already. */
export function stampOf({ ino, size, mtimeMs, ctimeMs }: Pick<Stats, 'ino' | 'size' | 'mtimeMs' | 'ctimeMs'>): string {
  return `${ino}:${size}:${mtimeMs}:${ctimeMs}`;
}
