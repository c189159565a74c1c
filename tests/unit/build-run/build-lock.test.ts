import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { acquireBuildLock, isRunning, removeStaleLock } from '../../../src/lib/build-run/build-lock.ts';
import { processStartTime } from '../../../src/lib/build-run/process-start-time.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A live process that is not us, holding nothing; killed by the test. */
function otherProcess() {
  return spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
}

describe('acquireBuildLock', () => {
  /** What our lock file holds: our pid and, where the system tells it, our process's start time. */
  const ours = `${process.pid} ${processStartTime(process.pid) ?? ''}`.trim() + '\n';

  test('creates the lock with our pid and start time, and removes it on release', async () => {
    const path = join(tempDir(), '.cache', 'build.lock');
    const lock = await acquireBuildLock(path);
    expect(readFileSync(path, 'utf8')).toBe(ours);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  test('stops at once with a clear message while another live build holds it', async () => {
    const path = join(tempDir(), 'build.lock');
    const other = otherProcess();
    try {
      writeFileSync(path, `${other.pid}\n`);
      await expect(acquireBuildLock(path, { wait: false })).rejects.toThrow(
        `another build (pid ${other.pid}) is running in this folder (lock file ${path}). Wait for it to finish; if no build is running, delete ${path}.`,
      );
      expect(readFileSync(path, 'utf8')).toBe(`${other.pid}\n`);
    } finally {
      other.kill();
    }
  });

  test('waits for another build and takes the lock when it is released', async () => {
    const path = join(tempDir(), 'build.lock');
    const first = await acquireBuildLock(path);
    let waitedFor: number | undefined;
    const second = acquireBuildLock(path, { pollMs: 20, onWait: (pid) => (waitedFor = pid) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(waitedFor).toBe(process.pid);
    first.release();
    const lock = await second;
    expect(existsSync(path)).toBe(true);
    lock.release();
  });

  test('gives up after the timeout, naming the lock file', async () => {
    const path = join(tempDir(), 'build.lock');
    const first = await acquireBuildLock(path);
    await expect(acquireBuildLock(path, { pollMs: 10, timeoutMs: 50 })).rejects.toThrow(/gave up after waiting .* If no build is running, delete/);
    first.release();
  });

  test('takes over a stale lock left by a build that died', async () => {
    const path = join(tempDir(), 'build.lock');
    const other = otherProcess();
    other.kill();
    await new Promise((resolve) => other.on('exit', resolve));
    writeFileSync(path, `${other.pid}\n`);
    const stale: number[] = [];
    const lock = await acquireBuildLock(path, { wait: false, onStale: (pid) => stale.push(pid) });
    expect(readFileSync(path, 'utf8')).toBe(ours);
    expect(stale).toEqual([other.pid]);
    lock.release();
  });

  describe.skipIf(processStartTime(process.pid) === undefined)('with process start times (Linux /proc)', () => {
    test.each([
      { name: 'a pid that now runs another process (another start time) is stale', start: () => '1', stale: true },
      { name: 'the pid and start time of a live build hold the lock', start: (pid: number) => processStartTime(pid) ?? '', stale: false },
    ])('$name', async ({ start, stale }) => {
      const path = join(tempDir(), 'build.lock');
      const other = otherProcess();
      try {
        const pid = other.pid ?? 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
        writeFileSync(path, `${pid} ${start(pid)}\n`);
        const told: number[] = [];
        const taking = acquireBuildLock(path, { wait: false, onStale: (p) => told.push(p) });
        if (stale) {
          (await taking).release();
          expect(told).toEqual([pid]);
        } else {
          await expect(taking).rejects.toThrow(`another build (pid ${pid}) is running in this folder`);
          expect(told).toEqual([]);
        }
      } finally {
        other.kill();
      }
    });
  });
});

describe('removeStaleLock', () => {
  async function deadPid(): Promise<number> {
    const other = otherProcess();
    other.kill();
    await new Promise((resolve) => other.on('exit', resolve));
    return other.pid as number;
  }

  test('removes the stale lock it was told of, and leaves nothing beside it', async () => {
    const dir = tempDir();
    const path = join(dir, 'build.lock');
    const dead = await deadPid();
    writeFileSync(path, `${dead}\n`);
    removeStaleLock(path, dead);
    expect(readdirSync(dir)).toEqual([]);
  });

  test('leaves a live build’s lock that replaced the stale one in the meantime', async () => {
    const dir = tempDir();
    const path = join(dir, 'build.lock');
    const dead = await deadPid();
    const other = otherProcess();
    try {
      // Another build found the same stale lock first, removed it and took the lock.
      writeFileSync(path, `${other.pid}\n`);
      removeStaleLock(path, dead);
      expect(readFileSync(path, 'utf8')).toBe(`${other.pid}\n`);
      expect(readdirSync(dir)).toEqual(['build.lock']);
    } finally {
      other.kill();
    }
  });

  test('does nothing when the lock is already gone', () => {
    const dir = tempDir();
    removeStaleLock(join(dir, 'build.lock'), 12345);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('isRunning', () => {
  test('knows this process runs', () => {
    expect(isRunning(process.pid)).toBe(true);
  });
});
