import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { linesOf, linesWriter, writeLines } from '../files/lines-file.ts';

/**
 * The file the search index's kept counts live in (`kept-counts.ts`): one line per text, each
 * starting `["<digest>"`, and beside it the offsets of each digest's line (`<file>.offsets`, a
 * line `digest offset length` each), so that a build finds the few lines it needs without reading
 * the file. A build that changes few documents appends their lines and keeps the others where
 * they are; the file is written anew, with only the lines its build uses, when a third or more of
 * it would be lines no document uses any more. At 100,000 articles the file is about 400 MB: read
 * and written whole by every rebuild, it took a second and a half of the index's worker and
 * wrote 400 MB to the disk for one article added.
 */

/** Where a line is in the file: its first byte and its length in bytes, without its newline. */
type Span = readonly [offset: number, length: number];

/** A counts file as the last build left it. */
export interface CountsFile {
  /** How many lines it has offsets for, those no document uses any more too. */
  readonly size: number;
  has(digest: string): boolean;
  /** The line of a digest; undefined when it has none, or the bytes there are not that digest's line. */
  line(digest: string): string | undefined;
}

/** The file of offsets kept beside a counts file. */
export function offsetsPathFor(path: string): string {
  return `${path}.offsets`;
}

/** Past this many lines read one by one, the file is read whole (a build that counts every document). */
const linesReadApart = 256;

/** The counts file at `path`: none is an empty one. Its offsets are read from beside it, or, missing or out of step, found by reading it. */
export function readCountsFile(path: string): CountsFile & { readonly spans: ReadonlyMap<string, Span> } {
  const size = existsSync(path) ? statSync(path).size : 0;
  const spans = keptSpans(path, size) ?? scannedSpans(path);
  let whole: Buffer | undefined;
  let apart = 0;
  const bytesAt = ([offset, length]: Span): string => {
    if (whole === undefined && ++apart > linesReadApart) whole = readFileSync(path);
    if (whole !== undefined) return whole.toString('utf8', offset, offset + length);
    const bytes = Buffer.alloc(length);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, bytes, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    return bytes.toString('utf8');
  };
  return {
    spans,
    size: spans.size,
    has: (digest) => spans.has(digest),
    line(digest) {
      const span = spans.get(digest);
      if (span === undefined) return undefined;
      const text = bytesAt(span);
      return text.startsWith(`["${digest}"`) ? text : undefined;
    },
  };
}

/** The offsets beside a counts file of `size` bytes; undefined when missing, damaged or past its end. */
function keptSpans(path: string, size: number): Map<string, Span> | undefined {
  const offsetsPath = offsetsPathFor(path);
  if (!existsSync(offsetsPath)) return undefined;
  const spans = new Map<string, Span>();
  for (const line of linesOf(offsetsPath)) {
    const [digest, offset, length] = line.split(' ');
    const span = [Number(offset), Number(length)] as const;
    if (digest === undefined || !span.every(Number.isSafeInteger) || span[0] + span[1] > size) return undefined;
    spans.set(digest, span);
  }
  return spans;
}

/** The offsets of a counts file's lines, by reading it (a file kept by an older build, or whose offsets were lost). */
function scannedSpans(path: string): Map<string, Span> {
  const spans = new Map<string, Span>();
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return spans;
  }
  for (let start = 0; start < bytes.length; ) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const digest = /^\["([^"]+)"/u.exec(bytes.toString('utf8', start, Math.min(end, start + 64)))?.[1];
    if (digest !== undefined) spans.set(digest, [start, end - start]);
    start = end + 1;
  }
  return spans;
}

/** The lines a build counts afresh, written as they come to a file beside `saveTo` (at most about a megabyte held). */
export interface MadeLines {
  has(digest: string): boolean;
  write(digest: string, line: string): void;
  /** Put the counts file at `saveTo`: the lines made, and the `live` ones of `last` (the file at `lastPath`). */
  save(live: ReadonlySet<string>, last: ReturnType<typeof readCountsFile> | undefined, lastPath: string | undefined): void;
  /** Give up: the file at `saveTo` stays as it was. */
  abort(): void;
}

/** A file becomes stale past this share of lines that no document uses. */
const staleShare = 1 / 3;

/**
 * The lines a build counts afresh, for the counts file at `saveTo`: written to a temporary file
 * beside it as they come (`linesWriter`), then appended to the last file or made the start of a
 * new one (`save`).
 */
export function madeLines(saveTo: string): MadeLines {
  const out = linesWriter(saveTo);
  const spans = new Map<string, Span>();
  const write = (digest: string, line: string): void => {
    const at = out.bytes;
    out.write(line);
    spans.set(digest, [at, out.bytes - at - 1]);
  };
  return {
    has: (digest) => spans.has(digest),
    write,
    save(live, last, lastPath) {
      const kept = [...live].filter((digest) => !spans.has(digest) && last?.has(digest) === true);
      const lines = (last?.size ?? 0) + spans.size;
      let all: Iterable<readonly [string, Span]>;
      if (last !== undefined && lastPath === saveTo && kept.length > 0 && lines - live.size <= lines * staleShare) {
        // Appended: the kept lines stay where they are.
        const base = statSync(saveTo).size;
        out.appendTo();
        all = [...last.spans, ...[...spans].map(([digest, [offset, length]]) => [digest, [base + offset, length]] as const)];
      } else {
        // Written anew: the lines made, then the kept ones read from the last file.
        for (const digest of kept) {
          const line = last?.line(digest);
          if (line !== undefined) write(digest, line);
        }
        out.commit();
        all = spans;
      }
      writeLines(offsetsPathFor(saveTo), Array.from(new Map(all), ([digest, [offset, length]]) => `${digest} ${offset} ${length}`));
    },
    abort: () => out.abort(),
  };
}
