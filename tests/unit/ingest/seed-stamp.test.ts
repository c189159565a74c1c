import { renameSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seedStamp, stampMargins, stillStamped, type SeedStamp } from '../../../src/lib/ingest/seed-stamp.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const readAt = 1_700_000_000_000;
const file = (mtimeMs: number, ctimeMs = mtimeMs): SeedStamp => ({ ino: 7, size: 120, mtimeMs, ctimeMs });

describe('seedStamp', () => {
  test.each([
    ['changed long before the read (fine clock)', file(readAt - 60_000.25), true],
    ['changed just outside the fine margin', file(readAt - stampMargins.fineMs - 0.5), true],
    ['changed within the fine margin', file(readAt - stampMargins.fineMs + 0.5), false],
    ['changed after the read began', file(readAt + 3.5), false],
    ['written long ago, but its change time is recent', file(readAt - 60_000.5, readAt - 10.5), false],
    ['whole-second clock, changed well before the read', file(readAt - stampMargins.coarseMs - 1000), true],
    ['whole-second clock, changed a second before the read', file(readAt - 1000), false],
    ['whole-second clock, changed two seconds before the read', file(readAt - 2000), false],
    ['whole-second modification time, finer change time', file(readAt - 2000, readAt - 1999.99), false],
    ['finer modification time, whole-second change time', file(readAt - 2000.01, readAt - 2000), false],
  ])('%s', (_, stat, trusted) => {
    expect(seedStamp(stat, readAt)).toEqual(trusted ? stat : undefined);
  });
});

describe('stillStamped', () => {
  function setUp() {
    const dir = tempDir();
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Harbour plan approved\n');
    const { ino, size, mtimeMs, ctimeMs } = statSync(path);
    return { dir, path, stamp: { ino, size, mtimeMs, ctimeMs } };
  }

  test('holds for the file as it was stamped', () => {
    const { path, stamp } = setUp();
    expect(stillStamped(path, stamp)).toBe(true);
    expect(stillStamped(Buffer.from(path), stamp)).toBe(true);
  });

  test('fails for a file rewritten at the same size and given back its modification time', async () => {
    const { path, stamp } = setUp();
    // Past the file system clock's tick, as `seedStamp`'s margin ensures for a trusted stamp.
    await new Promise((resolve) => setTimeout(resolve, stampMargins.fineMs));
    writeFileSync(path, 'Harbour plan rejected\n');
    utimesSync(path, stamp.mtimeMs / 1000, stamp.mtimeMs / 1000);
    expect(statSync(path).size).toBe(stamp.size);
    expect(statSync(path).ctimeMs).not.toBe(stamp.ctimeMs);
    expect(stillStamped(path, stamp)).toBe(false);
  });

  test.each<[string, (s: SeedStamp) => SeedStamp]>([
    ['another size', (s) => ({ ...s, size: s.size + 1 })],
    ['another modification time', (s) => ({ ...s, mtimeMs: s.mtimeMs - 1 })],
    ['another inode', (s) => ({ ...s, ino: s.ino + 1 })],
  ])('fails for %s', (_, change) => {
    const { path, stamp } = setUp();
    expect(stillStamped(path, change(stamp))).toBe(false);
  });

  test('fails for a file replaced by another, a missing file and a symbolic link', () => {
    const { dir, path, stamp } = setUp();
    const other = join(dir, 'b.txt');
    writeFileSync(other, 'Harbour plan approved\n');
    renameSync(other, path);
    expect(stillStamped(path, stamp)).toBe(false);
    expect(stillStamped(join(dir, 'gone.txt'), stamp)).toBe(false);
    const link = join(dir, 'link.txt');
    symlinkSync(path, link);
    expect(stillStamped(link, stamp)).toBe(false);
  });
});
