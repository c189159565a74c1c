import { readFileSync } from 'node:fs';
import { writeFileAtomic } from './write-file-atomic.ts';

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

function* batched(lines: Iterable<string>): Generator<string> {
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
