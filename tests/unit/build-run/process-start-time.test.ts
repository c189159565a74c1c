import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { processStartTime } from '../../../src/lib/build-run/process-start-time.ts';

describe.skipIf(!existsSync('/proc/self/stat'))('processStartTime', () => {
  test('is a number of clock ticks, the same on every call for one process', () => {
    const start = processStartTime(process.pid);
    expect(start).toMatch(/^\d+$/);
    expect(processStartTime(process.pid)).toBe(start);
  });

  test('tells a later process apart, and says nothing of a pid that does not run', async () => {
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Number(processStartTime(other.pid ?? 0))).toBeGreaterThanOrEqual(Number(processStartTime(process.pid)));
    } finally {
      other.kill();
    }
    await new Promise((resolve) => other.on('exit', resolve));
    expect(processStartTime(other.pid ?? 0)).toBeUndefined();
  });
});
