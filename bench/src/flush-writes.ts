import { execFileSync } from 'node:child_process';

/**
 * `sync(1)`, where there is one, before a timed run: the disk's writing back what the last step
 * wrote (the seeds just generated, the full build's output) is not timed as the next step. A
 * system without it has those writes timed with the run.
 */
export function flushWrites(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No `sync` here: the figure includes whatever the disk still had to write.
  }
}
