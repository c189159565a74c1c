// Not proper-lockfile: its lock is a folder, stale only by mtime (10 s by default; a kill -9'd build's lock was refused for 10.2 s) and naming no pid, so it can neither name the holder nor take a dead build's lock at once, as the tests ask.
import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { isRunning } from './is-running.ts';
import { processStartTime } from './process-start-time.ts';

export { isRunning };

export interface BuildLockOptions {
  /** Wait for a running build to finish (true) or stop at once (false). */
  readonly wait: boolean;
  /** How long to wait before giving up, in milliseconds. */
  readonly timeoutMs: number;
  /** How often to look again while waiting. */
  readonly pollMs: number;
  /** Told once, when the lock is held by another live process and we start waiting. */
  readonly onWait?: (pid: number) => void;
  /** Told when the lock of a build that no longer runs (the pid it names) is taken over. */
  readonly onStale?: (pid: number) => void;
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

/** Who holds a lock: a pid, and that process's start time where the system tells it (`processStartTime`). */
export interface LockHolder {
  readonly pid: number;
  readonly start?: string;
}

/**
 * Take the build lock: a file created exclusively (`wx`) holding our pid and our process's
 * start time. A lock whose process no longer runs is stale (a build that crashed or was killed)
 * and is taken over, saying so (`onStale`); a pid that now runs another process (its start time
 * differs) is not mistaken for the build. While another live build holds it, wait (polling) or
 * stop, as the options say.
 */
export async function acquireBuildLock(path: string, options: Readonly<Partial<BuildLockOptions>> = {}): Promise<BuildLock> {
  const opts: BuildLockOptions = { ...defaultBuildLockOptions, ...options };
  mkdirSync(dirname(path), { recursive: true });
  const started = Date.now();
  let told = false;
  for (;;) {
    const lock = tryCreate(path);
    if (lock !== undefined) return lock;
    const holder = readHolder(path);
    if (holder === undefined || !isAlive(holder)) {
      // Stale: the build that wrote it is gone (or it is empty, being written, or garbage).
      if (holder !== undefined || Date.now() - started > opts.pollMs * 4) {
        if (removeStaleLock(path, holder?.pid, holder?.start) && holder !== undefined) opts.onStale?.(holder.pid);
      } else await sleep(opts.pollMs);
      continue;
    }
    if (!opts.wait) {
      throw new BuildLockError(
        `another build (pid ${holder.pid}) is running in this folder (lock file ${path}). Wait for it to finish; if no build is running, delete ${path}.`,
      );
    }
    if (Date.now() - started > opts.timeoutMs) {
      throw new BuildLockError(
        `gave up after waiting ${Math.round(opts.timeoutMs / 1000)} s for the build with pid ${holder.pid} (lock file ${path}). If no build is running, delete ${path}.`,
      );
    }
    if (!told) {
      told = true;
      opts.onWait?.(holder.pid);
    }
    await sleep(opts.pollMs);
  }
}

/** Create the lock file, or undefined when it exists already. */
function tryCreate(path: string): BuildLock | undefined {
  const start = processStartTime(process.pid);
  try {
    const fd = openSync(path, 'wx');
    writeSync(fd, start === undefined ? `${process.pid}\n` : `${process.pid} ${start}\n`);
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return undefined;
  }
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}

/**
 * Remove a lock found stale (left by the process `stale` that started at `staleStart`, or
 * unreadable) without ever removing a live one; says whether it removed one.
 * Two builds may find the same stale lock; if one removed it and took the lock before the other
 * removed "the stale lock", the other would remove a live lock and both would build. So the lock
 * is first moved aside under a name of our own (a rename is atomic: only one mover gets that
 * file), then looked at: a lock of another live build is put back.
 */
export function removeStaleLock(path: string, stale: number | undefined, staleStart?: string): boolean {
  const aside = `${path}.stale-${process.pid}-${Date.now()}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const moved = readHolder(aside);
  const same = moved !== undefined && moved.pid === stale && moved.start === staleStart;
  let putBack = false;
  if (moved !== undefined && !same && isAlive(moved)) {
    try {
      linkSync(aside, path);
      putBack = true;
    } catch {
      // Another build holds a newer lock there already; the one moved aside will see on release
      // that the lock is no longer its own and leave it.
    }
  }
  rmSync(aside, { force: true });
  return !putBack;
}

/** The holder a lock file names: `<pid>` or `<pid> <start time>`; undefined when unreadable or garbage. */
function readHolder(path: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
  const match = /^(\d+)(?: (\d+))?\s*$/u.exec(text);
  const pid = Number(match?.[1]);
  if (match === null || !(pid > 0)) return undefined;
  return match[2] === undefined ? { pid } : { pid, start: match[2] };
}

/** Whether the process a lock names still runs: its pid runs, and (when both are known) started when the lock says. */
function isAlive(holder: LockHolder): boolean {
  if (!isRunning(holder.pid)) return false;
  const start = holder.start === undefined ? undefined : processStartTime(holder.pid);
  return start === undefined || start === holder.start;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
