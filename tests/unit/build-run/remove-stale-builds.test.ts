import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { removeStaleBuilds } from '../../../src/lib/build-run/remove-stale-builds.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/** A folder holding `names` (each a folder with a marker file), and `dist` inside it. */
function setUp(names: readonly string[]): { root: string; out: string } {
  const root = tempDir();
  for (const name of names) {
    mkdirSync(join(root, name));
    writeFileSync(join(root, name, 'index.html'), name);
  }
  return { root, out: join(root, 'dist') };
}

describe('removeStaleBuilds', () => {
  test.each([
    {
      name: 'removes the temporary folders of killed builds, and keeps its own',
      before: ['dist', '.dist.building-12345', '.dist.building-23456', `.dist.building-${process.pid}`],
      removed: ['.dist.building-12345', '.dist.building-23456'],
      after: [`.dist.building-${process.pid}`, 'dist'],
    },
    {
      name: 'removes an old output set aside by a build killed after its swap',
      before: ['dist', 'dist.old-2147483646'],
      removed: ['dist.old-2147483646'],
      after: ['dist'],
    },
    {
      name: 'leaves other folders alone, those of another output included',
      before: ['dist', '.site.building-12345', 'dist-old', '.dist.building-x', 'seeds'],
      removed: [],
      after: ['.dist.building-x', '.site.building-12345', 'dist', 'dist-old', 'seeds'],
    },
  ])('$name', ({ before, removed, after }) => {
    const { root, out } = setUp(before);
    expect(removeStaleBuilds(out).sort()).toEqual(removed);
    expect(readdirSync(root).sort()).toEqual(after);
  });

  test('leaves a folder being removed to its remover while it runs, and removes it otherwise, never putting it back', () => {
    const { root, out } = setUp([`dist.removing-${process.ppid}`, 'dist.removing-2147483646']);
    expect(removeStaleBuilds(out)).toEqual(['dist.removing-2147483646']);
    expect(readdirSync(root)).toEqual([`dist.removing-${process.ppid}`]);
  });

  test('puts back the old output when a build was killed between the two renames of the swap', () => {
    const { root, out } = setUp(['dist.old-2147483646', '.dist.building-12345']);
    expect(removeStaleBuilds(out)).toEqual(['.dist.building-12345']);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('dist.old-2147483646');
  });
});
