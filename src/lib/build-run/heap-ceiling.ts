import { totalmem } from 'node:os';

/**
 * The V8 heap ceiling, in MB, for the build's Astro process and its search index worker: half
 * the machine's memory, at least V8's usual 4 GB. An archive of 100,000 articles needs more than
 * the default; a ceiling is not an allocation.
 */
export function heapCeilingMb(): number {
  return Math.max(4096, Math.floor(totalmem() / 2 / 2 ** 20));
}
