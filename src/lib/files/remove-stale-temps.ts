import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning } from '../build-run/is-running.ts';

/** The temporary name `writeFileAtomic` gives: `.<name>.tmp-<pid>`. */
const tempName = /^\..+\.tmp-(\d+)$/u;

/**
 * A temporary file older than this is left over whatever its pid says (the pid may have been
 * reused): a live writer renames its temporary file within milliseconds.
 */
const maxTempAgeMs = 10 * 60 * 1000;

/**
 * Remove the temporary files of `writeFileAtomic` that a run killed mid-write left in `dir`
 * (`names` is its listing): those of a process that no longer runs, of this process's pid
 * (an earlier process: this one has no write under way while it lists), or older than ten
 * minutes. Returns the names removed; a file that cannot be removed is left for the next run.
 */
export function removeStaleTemps(dir: string, names: Iterable<string>): string[] {
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(tempName.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isInteger(pid)) continue;
    const path = join(dir, name);
    try {
      if (pid !== process.pid && isRunning(pid) && Date.now() - statSync(path).mtimeMs < maxTempAgeMs) continue;
      rmSync(path, { force: true });
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: the next run tries again.
    }
  }
  return removed;
}
