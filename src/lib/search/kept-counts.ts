import { createHash } from 'node:crypto';
import { madeLines, readCountsFile } from './counts-file.ts';
import type { DocumentCounts, FieldCounts } from './minisearch-internals.ts';
import { fields, type SearchDocument } from './options.ts';
import { TermCounter } from './term-counter.ts';

/**
 * Documents' term counts kept from one build of the index for the next, by the digest of the
 * document's text: counting is a quarter of building the index, and an article added changes one
 * document's counts. Kept as one line of JSON per document, `[digest, length, "term freq …", …]`
 * (a term holds neither spaces nor newlines: `tokenize` splits on both), in a file whose lines are
 * found by their offsets and read as they are asked for (`counts-file.ts`): at 100,000 articles
 * the file is about 400 MB, and a build that patches the index reads a few of its lines and
 * appends a few. The lines a build counts afresh go to their file as they come.
 */
export interface KeptCounts {
  /** `countDocument` of a document (made by a `TermCounter`), from the kept counts when they have its text. */
  count(doc: SearchDocument): DocumentCounts;
  /** The digest of the text of each document counted, by its number. */
  readonly digests: readonly string[];
  /** Whether the counts of a text are kept, by its digest. */
  has(digest: string): boolean;
  /** The kept counts of a text, by its digest (still kept after); undefined when not kept. */
  peek(digest: string): DocumentCounts | undefined;
  /** Save a text's kept counts as they are, for a document not counted again; false when not kept. */
  carry(digest: string): boolean;
  /**
   * Put the counts of every document counted or carried since this was opened at `saveTo`: only
   * those, unless `saveTo` is the file read, whose other lines then stay while they are few.
   */
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
 * saving), saving the counts this build uses to `saveTo` (its folder must exist), or nowhere.
 * Kept lines are read as they are asked for (`counts-file.ts`), and saved by leaving them where
 * they are when `saveTo` is `path`.
 */
export function openKeptCounts(path: string | undefined, saveTo?: string): KeptCounts {
  const kept = path === undefined ? undefined : readCountsFile(path);
  const made = saveTo === undefined ? undefined : madeLines(saveTo);
  const digests: string[] = [];
  const counter = new TermCounter();
  /** The texts whose counts the next file keeps: counted or carried (two documents may have one text). */
  const live = new Set<string>();
  return {
    digests,
    count(doc) {
      const digest = documentDigest(doc);
      digests[doc.id] = digest;
      const line = made?.has(digest) === true ? undefined : kept?.line(digest);
      const decoded = line === undefined ? undefined : decode(line);
      const counts = decoded ?? counter.count(doc);
      if (decoded === undefined && made?.has(digest) === false) made.write(digest, encode(digest, counts));
      live.add(digest);
      return counts;
    },
    has(digest) {
      return live.has(digest) || kept?.has(digest) === true;
    },
    peek(digest) {
      const line = kept?.line(digest);
      return line === undefined ? undefined : decode(line);
    },
    carry(digest) {
      if (kept?.has(digest) !== true) return live.has(digest);
      live.add(digest);
      return true;
    },
    save() {
      made?.save(live, kept, path);
    },
    discard() {
      made?.abort();
    },
  };
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
