import { createHash } from 'node:crypto';

/**
 * A file of the index: its path, its text, and the digest of its text (`indexFileDigest`). The
 * text is null for a file that an incremental index keeps from the last build (see `patch-index.ts`).
 */
export interface IndexFile {
  readonly path: string;
  readonly text: string | null;
  readonly digest: string;
}

/** The digest of an index file's text: what the files record keeps, and what names the build. */
export function indexFileDigest(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** An index file made now. */
export function madeFile(path: string, text: string): IndexFile {
  return { path, text, digest: indexFileDigest(text) };
}
