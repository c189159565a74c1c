import { closeSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * Write a file so that readers see either the old content or the new, never a part:
 * write a hidden temporary file beside it, then rename it over the target.
 * The temporary name starts with a dot and ends in `.tmp-<pid>`, so globs like `*.json` never see it.
 * Content given as parts is written part by part, so a file may be larger than one string can be.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>): void {
  const temp = tempPathFor(path);
  try {
    if (typeof content === 'string') writeFileSync(temp, content);
    else writeParts(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The temporary file a write of `path` goes to before it is renamed over it: `.<name>.tmp-<pid>` beside it. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.tmp-${process.pid}`);
}

function writeParts(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const part of parts) writeSync(fd, part);
  } finally {
    closeSync(fd);
  }
}
