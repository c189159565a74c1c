import { createHash } from 'node:crypto';
import { linesOf, linesWriter } from '../files/lines-file.ts';
import { countDocument, type DocumentCounts, type FieldCounts } from './minisearch-internals.ts';
import { fields, type SearchDocument } from './options.ts';

/**
 * Documents' term counts kept from one build of the index for the next, by the digest of the
 * document's text: counting is two thirds of building the index, and an article added changes one
 * document's counts. Kept as one line of JSON per document, `[digest, length, "term freq …", …]`
 * (a term holds neither spaces nor newlines: `tokenize` splits on both), and held as those lines
 * until used, so that keeping them costs no more memory than the file. Each kept line is let go
 * once its document is counted, and the lines for the next build go to their file as they come:
 * at 100,000 articles either set is about 400 MB.
 */
export interface KeptCounts {
  /** `countDocument` of a document, from the kept counts when they have its text. */
  count(doc: SearchDocument): DocumentCounts;
  /** The digest of the text of each document counted, by its number. */
  readonly digests: readonly string[];
  /** Whether the counts of a text are kept, by its digest. */
  has(digest: string): boolean;
  /** The kept counts of a text, by its digest (still kept after); undefined when not kept. */
  peek(digest: string): DocumentCounts | undefined;
  /** Save a text's kept counts as they are, for a document not counted again; false when not kept. */
  carry(digest: string): boolean;
  /** Put the counts of every document counted since this was opened (and only those) at `saveTo`. */
  save(): void;
  /** Give up: the file at `saveTo` stays as it was. */
  discard(): void;
}

/** The digest of a document's indexed text, field by field. */
export function documentDigest(doc: SearchDocument): string {
  const hash = createHash('sha1');
  for (const field of fields) hash.update(doc[field]).update('\0');
  return hash.digest('base64url');
}

/**
 * The kept counts at `path`, or none (`path` undefined, missing or unreadable: counts are only a
 * saving), saving the counts made to `saveTo` (its folder must exist), or nowhere.
 */
export function openKeptCounts(path: string | undefined, saveTo?: string): KeptCounts {
  const kept = path === undefined ? new Map<string, string>() : keptLines(path);
  const next = saveTo === undefined ? undefined : linesWriter(saveTo);
  const digests: string[] = [];
  /** The texts whose kept counts `carry` has saved (two documents may have one text). */
  const carried = new Set<string>();
  return {
    digests,
    count(doc) {
      const digest = documentDigest(doc);
      digests[doc.id] = digest;
      const line = kept.get(digest);
      kept.delete(digest);
      const decoded = line === undefined ? undefined : decode(line);
      const counts = decoded ?? countDocument(doc);
      next?.write(decoded !== undefined && line !== undefined ? line : encode(digest, counts));
      return counts;
    },
    has(digest) {
      return kept.has(digest) || carried.has(digest);
    },
    peek(digest) {
      const line = kept.get(digest);
      return line === undefined ? undefined : decode(line);
    },
    carry(digest) {
      if (carried.has(digest)) return true;
      const line = kept.get(digest);
      if (line === undefined) return false;
      kept.delete(digest);
      carried.add(digest);
      next?.write(line);
      return true;
    },
    save() {
      next?.commit();
    },
    discard() {
      next?.abort();
    },
  };
}

/** The kept lines of a file, by the digest each begins with. */
function keptLines(path: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of linesOf(path)) {
    const digest = /^\["([^"]+)"/u.exec(line)?.[1];
    if (digest !== undefined) lines.set(digest, line);
  }
  return lines;
}

function encode(digest: string, counts: DocumentCounts): string {
  const parts: (string | number)[] = [digest];
  for (const { length, terms, freqs } of counts) parts.push(length, terms.map((term, k) => `${term} ${freqs[k] ?? 0}`).join(' '));
  return JSON.stringify(parts);
}

/** The counts of a kept line, or undefined when it is not one (a damaged file is counted afresh). */
function decode(line: string): DocumentCounts | undefined {
  try {
    const parts = JSON.parse(line) as unknown[];
    if (!Array.isArray(parts) || parts.length !== 1 + 2 * fields.length) return undefined;
    return fields.map((_, f): FieldCounts => {
      const length = parts[1 + 2 * f];
      const pairs = parts[2 + 2 * f];
      if (typeof length !== 'number' || typeof pairs !== 'string') throw new Error('not a kept count');
      const words = pairs === '' ? [] : pairs.split(' ');
      const terms: string[] = [];
      const freqs: number[] = [];
      for (let k = 0; k + 1 < words.length; k += 2) {
        terms.push(words[k] ?? '');
        freqs.push(Number(words[k + 1]));
      }
      return { length, terms, freqs };
    });
  } catch {
    return undefined;
  }
}
