import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeInBackground } from '../../../src/lib/build-run/remove-in-background.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { until } from '../../helpers/until.ts';

describe('removeInBackground', () => {
  test('renames the folder to be removed at once, and a process of its own removes it', async () => {
    const root = tempDir();
    const old = join(root, 'dist.old-1');
    for (const sub of ['a', 'a/b', 'c']) mkdirSync(join(old, sub), { recursive: true });
    for (const file of ['a/1.html', 'a/b/2.html', 'c/3.html', '4.xml']) writeFileSync(join(old, file), file);
    removeInBackground(old, join(root, 'dist'));
    expect(existsSync(old)).toBe(false);
    expect(readdirSync(root).every((name) => /^dist\.removing-\d+$/.test(name))).toBe(true);
    expect(await until(() => readdirSync(root).length === 0, 10_000)).toBe(true);
  });

  test('removes the folder here when it cannot be renamed', () => {
    const root = tempDir();
    mkdirSync(join(root, 'dist.old-1'));
    writeFileSync(join(root, 'dist.old-1', 'index.html'), 'old');
    removeInBackground(join(root, 'dist.old-1'), join(root, 'missing', 'dist'));
    expect(readdirSync(root)).toEqual([]);
  });
});
