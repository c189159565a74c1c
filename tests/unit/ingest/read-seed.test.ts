import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSeeds } from '../../../src/lib/ingest/list-seeds.ts';
import { formatBytes, readSeed } from '../../../src/lib/ingest/read-seed.ts';
import { runningAsRoot, tempDir } from '../../helpers/temp-dir.ts';

/** The folder `seeds/` inside a temp folder, with its files; and the read result of `name`. */
function setUp(files: Record<string, string>): { root: string; seeds: string } {
  const root = tempDir();
  const seeds = join(root, 'seeds');
  mkdirSync(seeds);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seeds, name), text);
  return { root, seeds };
}

function read(seeds: string, name: string, maxBytes = 1000) {
  const seed = listSeeds(seeds).seeds.find((s) => s.file === name);
  if (!seed) throw new Error(`no seed ${name}`);
  return readSeed(seed, seeds, maxBytes);
}

/** The error a refused seed gives. */
function refused(file: string, rule: string, message: string) {
  return { file, rule, message, severity: 'error' };
}

describe('readSeed', () => {
  test('reads the exact bytes of a seed', () => {
    const { seeds } = setUp({ 'a.txt': 'Héllo\r\n' });
    const result = read(seeds, 'a.txt');
    expect(result.ok && Buffer.from(result.bytes).toString('utf8')).toBe('Héllo\r\n');
  });

  test('follows a symbolic link that stays inside the seeds folder', () => {
    const { seeds } = setUp({ 'a.txt': 'text' });
    symlinkSync('a.txt', join(seeds, 'b.txt'));
    expect(read(seeds, 'b.txt').ok).toBe(true);
  });

  test('refuses a symbolic link that leads outside the seeds folder', () => {
    const { root, seeds } = setUp({});
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync(join(root, 'secret.txt'), join(seeds, 'link.txt'));
    expect(read(seeds, 'link.txt')).toEqual({
      ok: false,
      error: refused('link.txt', 'symlink-outside-seeds', `is a symbolic link to ${join(root, 'secret.txt')}, outside the seeds folder; links are followed only inside it. Copy the file into the seeds folder instead.`),
    });
  });

  test('refuses a relative symbolic link that climbs out with ..', () => {
    const { root, seeds } = setUp({});
    writeFileSync(join(root, 'secret.txt'), 'secret');
    symlinkSync('../secret.txt', join(seeds, 'link.txt'));
    const result = read(seeds, 'link.txt');
    expect(result.ok || result.error.rule).toBe('symlink-outside-seeds');
  });

  test('names a dangling symbolic link', () => {
    const { seeds } = setUp({});
    symlinkSync('nowhere.txt', join(seeds, 'dangling.txt'));
    expect(read(seeds, 'dangling.txt')).toEqual({
      ok: false,
      error: refused('dangling.txt', 'seed-missing', 'disappeared while reading, or is a symbolic link to nothing. Restore the file or remove it.'),
    });
  });

  test('refuses a seed over the size limit, saying both sizes', () => {
    const { seeds } = setUp({ 'big.txt': 'x'.repeat(3 * 1024 * 1024 + 1) });
    expect(read(seeds, 'big.txt', 2 * 1024 * 1024)).toEqual({
      ok: false,
      error: refused('big.txt', 'seed-too-large', 'is 3.0 MB, over the limit of 2 MB per seed. A news article is far smaller: check that this is the right file, or split it into one file per article.'),
    });
  });

  test('reads a seed exactly at the size limit', () => {
    const { seeds } = setUp({ 'edge.txt': 'x'.repeat(1000) });
    expect(read(seeds, 'edge.txt', 1000).ok).toBe(true);
  });

  test.skipIf(runningAsRoot)('names an unreadable seed and the fix (skipped as root, who can read anything)', () => {
    const { seeds } = setUp({ 'locked.txt': 'text' });
    chmodSync(join(seeds, 'locked.txt'), 0o000);
    expect(read(seeds, 'locked.txt')).toEqual({
      ok: false,
      error: refused('locked.txt', 'seed-unreadable', 'cannot be read (permission denied). Make it readable, e.g. `chmod a+r` on it, or remove it.'),
    });
  });
});

describe('formatBytes', () => {
  test.each([
    { n: 0, expected: '0 bytes' },
    { n: 1023, expected: '1023 bytes' },
    { n: 1536, expected: '1.5 kB' },
    { n: 5 * 1024 * 1024, expected: '5 MB' },
    { n: 20.5 * 1024 * 1024, expected: '20.5 MB' },
  ])('$n bytes is $expected', ({ n, expected }) => {
    expect(formatBytes(n)).toBe(expected);
  });
});
