import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface BuildLockOptions {
  /** Wait for a running build to finish (true) or stop at once (false). */
  readonly wait: boolean;
  /** How long to wait before giving up, in milliseconds. */
  readonly timeoutMs: number;
  /** How often to look again while waiting. */
  readonly pollMs: number;
  /** Told once, when the lock is held by another live process and we start waiting. */
  readonly onWait?: (pid: number) => void;
}

export const defaultBuildLockOptions: Readonly<BuildLockOptions> = Object.freeze({
  wait: true,
  timeoutMs: 15 * 60 * 1000,
  pollMs: 250,
});

export interface BuildLock {
  /** Remove the lock file, if it is still ours. Safe to call twice. */
  release(): void;
}

/** Thrown when the lock cannot be had: another build runs and we may not (or can no longer) wait. */
export class BuildLockError extends Error {
  override name = 'BuildLockError';
}

/**
 * Take the build lock: a file created exclusively (`wx`) holding our pid. A lock whose pid
 * is no longer running is stale (a build that crashed) and is taken over. While another
 * live build holds it, wait (polling) or stop, as the options say.
 */
export async function acquireBuildLock(path: string, options: Readonly<Partial<BuildLockOptions>> = {}): Promise<BuildLock> {
  const opts: BuildLockOptions = { ...defaultBuildLockOptions, ...options };
  mkdirSync(dirname(path), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          if (readPid(path) === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readPid(path);
    if (holder === undefined || !isRunning(holder)) {
      // Stale: the build that wrote it is gone (or it is empty, being written, or garbage).
      if (holder !== undefined || Date.now() - started > opts.pollMs * 4) removeStaleLock(path, holder);
      else await sleep(opts.pollMs);
      continue;
    }
    if (!opts.wait) {
      throw new BuildLockError(
        `another build (pid ${holder}) is running in this folder (lock file ${path}). Wait for it to finish; if no build is running, delete ${path}.`,
      );
    }
    if (Date.now() - started > opts.timeoutMs) {
      throw new BuildLockError(
        `gave up after waiting ${Math.round(opts.timeoutMs / 1000)} s for the build with pid ${holder} (lock file ${path}). If no build is running, delete ${path}.`,
      );
    }
    if (!told) {
      told = true;
      opts.onWait?.(holder);
    }
    await sleep(opts.pollMs);
  }
}

/**
 * Remove a lock found stale (left by `stale`, or unreadable) without ever removing a live one.
 * Two builds may find the same stale lock; if one removed it and took the lock before the other
 * removed "the stale lock", the other would remove a live lock and both would build. So the lock
 * is first moved aside under a name of our own (a rename is atomic: only one mover gets that
 * file), then looked at: a lock of another live build is put back.
 */
export function removeStaleLock(path: string, stale: number | undefined): void {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readPid(aside);
  if (moved !== undefined && moved !== stale && isRunning(moved)) {
    try {
      linkSync(aside, path);
    } catch {
      // Another build holds a newer lock there already; the one moved aside will see on release
      // that the lock is no longer its own and leave it.
    }
  }
  rmSync(aside, { force: true });
}

function readPid(path: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
