import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { getPriority } from 'node:os';
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

  test('removes at the lowest priority, leaving the processors to the next build', async () => {
    const root = tempDir();
    const old = join(root, 'dist.old-1');
    for (let folder = 0; folder < 200; folder++) {
      mkdirSync(join(old, `page-${folder}`), { recursive: true });
      for (let file = 0; file < 10; file++) writeFileSync(join(old, `page-${folder}`, `${file}.html`), 'page');
    }
    removeInBackground(old, join(root, 'dist'));
    const pid = Number(/^dist\.removing-(\d+)$/.exec(readdirSync(root)[0] ?? '')?.[1]);
    const priorities = new Set<number>();
    const removed = await until(
      () => {
        try {
          priorities.add(getPriority(pid));
        } catch {
          // Ended.
        }
        return readdirSync(root).length === 0;
      },
      10_000,
      1,
    );
    expect(removed).toBe(true);
    expect(priorities).toContain(19);
  });

  test('removes the folder here when it cannot be renamed', () => {
    const root = tempDir();
    mkdirSync(join(root, 'dist.old-1'));
    writeFileSync(join(root, 'dist.old-1', 'index.html'), 'old');
    removeInBackground(join(root, 'dist.old-1'), join(root, 'missing', 'dist'));
    expect(readdirSync(root)).toEqual([]);
  });
});
