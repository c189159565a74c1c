import { spawn } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createCollectionWriter } from '../../../src/lib/ingest/collection-writer.ts';
import { removeStaleTemps } from '../../../src/lib/files/remove-stale-temps.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A live process that is not us (a concurrent run), and the pid of one that has exited. */
const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
let deadPid = 0;
beforeAll(async () => {
  const dead = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => dead.on('exit', resolve));
  deadPid = dead.pid ?? 0;
});
afterAll(() => {
  live.kill();
});

describe('removeStaleTemps', () => {
  test.each([
    { name: 'of a process that no longer runs', pid: () => deadPid, ageMs: 0, removed: true },
    { name: 'of this pid (an earlier process; this one writes nothing while listing)', pid: () => process.pid, ageMs: 0, removed: true },
    { name: 'of a live process, older than ten minutes (its pid reused)', pid: () => live.pid ?? 0, ageMs: 11 * 60 * 1000, removed: true },
    { name: 'of a live process, just written (a run under way)', pid: () => live.pid ?? 0, ageMs: 0, removed: false },
  ])('a temporary file $name is removed: $removed', ({ pid, ageMs, removed }) => {
    const dir = tempDir();
    const temp = `.a-1234.json.tmp-${pid()}`;
    writeFileSync(join(dir, temp), '');
    const then = (Date.now() - ageMs) / 1000;
    utimesSync(join(dir, temp), then, then);
    expect(removeStaleTemps(dir, readdirSync(dir))).toEqual(removed ? [temp] : []);
    expect(readdirSync(dir)).toEqual(removed ? [] : [temp]);
  });

  test.each(['a.json', '.hidden', '.a.json.tmp-', '.a.json.tmp-12x', 'a.json.tmp-1'])('leaves %s, which is not a temporary file, alone', (name) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), 'x');
    expect(removeStaleTemps(dir, readdirSync(dir))).toEqual([]);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

describe('createCollectionWriter and temporary files of killed runs', () => {
  test('removes a 0-byte temporary file that a killed run left, and nothing else', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a-1234.json'), '{}');
    writeFileSync(join(dir, `.a-1234.json.tmp-${deadPid}`), '');
    const writer = createCollectionWriter(dir);
    writer.keep('a-1234.json');
    expect(writer.removeOthers()).toEqual([]);
    expect(readdirSync(dir)).toEqual(['a-1234.json']);
  });
});
