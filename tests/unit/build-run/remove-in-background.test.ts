import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeInBackground } from '../../../src/lib/build-run/remove-in-background.ts';
import { tempDir } from '../../helpers/temp-dir.ts';
import { until } from '../../helpers/until.ts';

describe('removeInBackground', () => {
  test('removes the folder and everything in it, from a process of its own, under a name of its own', async () => {
    const root = tempDir();
    const old = join(root, 'dist.old-1');
    for (const sub of ['a', 'a/b', 'c']) mkdirSync(join(old, sub), { recursive: true });
    for (const file of ['a/1.html', 'a/b/2.html', 'c/3.html', '4.xml']) writeFileSync(join(old, file), file);
    removeInBackground(old, join(root, 'dist.old-'));
    expect(await until(() => readdirSync(root).length === 0, 10_000)).toBe(true);
  });

  test('leaves be a folder already gone', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'dist'));
    removeInBackground(join(root, 'dist.old-1'), join(root, 'dist.old-'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(join(root, 'dist'))).toBe(true);
  });
});
