import { appendFileSync, closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tempPathFor, writeFileAtomic } from './write-file-atomic.ts';

/**
 * The lines of a file of one record a line (the ingest manifest, the search index's kept counts);
 * none when it is missing or unreadable. Read as bytes and cut at each newline, so that the file
 * may be larger than one string can be.
 */
export function* linesOf(path: string): Generator<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return;
  }
  yield* linesIn(bytes);
}

/** The lines of a file's bytes (`readFileSync`), cut at each newline, for a caller that reads the file itself. */
export function* linesIn(bytes: Buffer): Generator<string> {
  for (let start = 0; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    yield bytes.toString('utf8', start, end === -1 ? bytes.length : end);
    start = end === -1 ? bytes.length : end + 1;
  }
}

/** Write `lines`, each ended by a newline, atomically (`writeFileAtomic`), about a megabyte a write. */
export function writeLines(path: string, lines: Iterable<string>): void {
  writeFileAtomic(path, batched(lines));
}

/** `lines`, each ended by a newline, joined into parts of about a megabyte: for a writer or a hash that takes text a part at a time. */
export function* batched(lines: Iterable<string>): Generator<string> {
  let part = '';
  for (const line of lines) {
    part += `${line}\n`;
    if (part.length >= 1 << 20) {
      yield part;
      part = '';
    }
  }
  if (part !== '') yield part;
}

/** Lines written one at a time as they are made, for a file that replaces `path` whole when done (or is added to its end). */
export interface LinesWriter {
  /** Add a line (a newline is added after it). */
  write(line: string): void;
  /** How many bytes the lines written so far take, newlines included: where the next line starts. */
  readonly bytes: number;
  /** Write what is left and put the file in place of `path`. */
  commit(): void;
  /** Write what is left and add the lines to the end of `path` instead (it must exist); the temporary file goes. */
  appendTo(): void;
  /** Give up: the temporary file goes, `path` stays as it was. */
  abort(): void;
}

/**
 * A writer of lines to `path` that holds at most about a megabyte of them: they go to the temporary
 * file `writeFileAtomic` would write (so a run killed mid-write leaves nothing `removeStaleTemps`
 * does not clear), which `commit` renames over `path` (or `appendTo` adds to its end).
 */
export function linesWriter(path: string): LinesWriter {
  const temp = tempPathFor(path);
  let fd: number | undefined = openSync(temp, 'w');
  let part = '';
  let bytes = 0;
  const flush = (): void => {
    if (fd !== undefined && part !== '') writeSync(fd, part);
    part = '';
  };
  const close = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
  };
  return {
    write(line) {
      if (fd === undefined) throw new Error(`${path}: lines written after the file was committed or abandoned`);
      part += `${line}\n`;
      bytes += Buffer.byteLength(line) + 1;
      if (part.length >= 1 << 20) flush();
    },
    get bytes() {
      return bytes;
    },
    commit() {
      try {
        flush();
        close();
        renameSync(temp, path);
      } catch (error) {
        this.abort();
        throw error;
      }
    },
    appendTo() {
      try {
        flush();
        close();
        appendFileSync(path, readFileSync(temp));
      } finally {
        this.abort();
      }
    },
    abort() {
      part = '';
      try {
        close();
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}
