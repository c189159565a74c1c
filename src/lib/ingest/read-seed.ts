import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';
import { diagnostic, type Diagnostic, type DiagnosticRule } from '../article/diagnostic.ts';
import type { SeedFile } from './list-seeds.ts';
import { seedStamp, type SeedStamp } from './seed-stamp.ts';

/** Largest seed read, in bytes, unless the caller says otherwise: 5 MB, far above any real article. */
export const defaultMaxSeedBytes = 5 * 1024 * 1024;

export type ReadSeedResult =
  | {
      readonly ok: true;
      readonly bytes: Uint8Array;
      /** Set for a regular file (not a link) that last changed well before it was read: see `seedStamp`. */
      readonly stamp?: SeedStamp;
    }
  | { readonly ok: false; readonly error: Diagnostic };

/**
 * The bytes of one seed, opened read-only (the seed is never modified). Refused, with an error
 * saying the problem and the fix: a symbolic link that leads outside
 * `seedsRealDir`, a file over `maxBytes`, something that is not a regular file, a file that
 * cannot be read. Never throws.
 */
export function readSeed(seed: SeedFile, seedsRealDir: string, maxBytes: number): ReadSeedResult {
  const { file, path } = seed;
  if (seed.problem !== undefined) return { ok: false, error: seed.problem };
  let fd: number | undefined;
  try {
    const readAt = Date.now();
    const linked = lstatSync(path).isSymbolicLink();
    if (linked) {
      const target = realpathSync(path).toString();
      const inside = relative(seedsRealDir, target);
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
        return refuse(file, 'symlink-outside-seeds', `is a symbolic link to ${target}, outside the seeds folder; links are followed only inside it. Copy the file into the seeds folder instead.`);
      }
    }
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return refuse(file, 'not-regular-file', 'is not a regular file. Replace it with a plain text file or remove it.');
    }
    if (stat.size > maxBytes) {
      return refuse(
        file,
        'seed-too-large',
        `is ${formatBytes(stat.size)}, over the limit of ${formatBytes(maxBytes)} per seed. A news article is far smaller: check that this is the right file, or split it into one file per article.`,
      );
    }
    const bytes = Buffer.allocUnsafe(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, bytes, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    const stamp = linked || read !== stat.size ? undefined : seedStamp(stat, readAt);
    return stamp === undefined ? { ok: true, bytes: bytes.subarray(0, read) } : { ok: true, bytes: bytes.subarray(0, read), stamp };
  } catch (error) {
    return refuse(file, ...describeReadError(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refuse(file: string, rule: DiagnosticRule, message: string): ReadSeedResult {
  return { ok: false, error: diagnostic('error', file, rule, message) };
}

/** The rule and the message for a seed that could not be opened or read. */
function describeReadError(error: unknown): [DiagnosticRule, string] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return ['seed-unreadable', 'cannot be read (permission denied). Make it readable, e.g. `chmod a+r` on it, or remove it.'];
    case 'ENOENT':
      return ['seed-missing', 'disappeared while reading, or is a symbolic link to nothing. Restore the file or remove it.'];
    case 'ELOOP':
      return ['symlink-loop', 'is a symbolic link that loops. Replace it with the file itself.'];
    case 'EISDIR':
      return ['seed-is-folder', 'is a folder, not a file. Rename or remove it.'];
    default:
      return ['seed-unreadable', `cannot be read (${code ?? String(error)}). Check the file and its permissions.`];
  }
}

/** `5 MB`, `20.0 MB`, `512 bytes`: sizes for messages. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  const mb = n / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${mb.toFixed(1)} MB`;
}
