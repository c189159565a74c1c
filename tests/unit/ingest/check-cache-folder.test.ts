import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkCacheFolder } from '../../../src/lib/ingest/check-cache-folder.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const version = '0123456789abcdef';

/** `root/.cache/ingest` as the cache folder, with the paths below made as files or folders. */
function setUp(made: Readonly<Record<string, 'file' | 'folder'>>): { root: string; cacheDir: string; manifest: string } {
  const root = tempDir();
  for (const [path, kind] of Object.entries(made)) {
    mkdirSync(join(root, kind === 'folder' ? path : join(path, '..')), { recursive: true });
    if (kind === 'file') writeFileSync(join(root, path), 'x');
  }
  const cacheDir = join(root, '.cache', 'ingest');
  return { root, cacheDir, manifest: join(cacheDir, version, 'manifest-000000000000.json') };
}

const fix = (path: string): string => `Delete ${path} (it holds only the cache, which the next run makes again), e.g. \`rm -rf ${path}\`.`;

describe('checkCacheFolder', () => {
  test.each([
    { name: 'no cache yet', made: {}, bad: null },
    { name: 'no cache yet, in an existing .cache', made: { '.cache': 'folder' }, bad: null },
    { name: 'a working cache', made: { [`.cache/ingest/${version}/manifest-000000000000.json`]: 'file' }, bad: null },
    { name: '.cache/ingest is a file', made: { '.cache/ingest': 'file' }, bad: { path: '.cache/ingest', found: 'a file', expected: 'a folder', remove: '.cache/ingest' } },
    { name: '.cache is a file', made: { '.cache': 'file' }, bad: { path: '.cache', found: 'a file', expected: 'a folder', remove: '.cache' } },
    {
      name: 'the version folder is a file',
      made: { [`.cache/ingest/${version}`]: 'file' },
      bad: { path: `.cache/ingest/${version}`, found: 'a file', expected: 'a folder', remove: `.cache/ingest/${version}` },
    },
    {
      name: 'the manifest is a folder',
      made: { [`.cache/ingest/${version}/manifest-000000000000.json`]: 'folder' },
      bad: { path: `.cache/ingest/${version}/manifest-000000000000.json`, found: 'a folder', expected: 'a file (its manifest)', remove: '.cache/ingest' },
    },
  ] as const)('$name', ({ made, bad }) => {
    const { root, cacheDir, manifest } = setUp(made);
    const problem = checkCacheFolder(cacheDir, version, manifest);
    if (bad === null) expect(problem).toBeUndefined();
    else {
      expect(problem).toStrictEqual({
        path: join(root, bad.path),
        message: `is ${bad.found}, where the ingest cache expects ${bad.expected}, so the cache is off and every seed is read and normalized on every run. ${fix(join(root, bad.remove))}`,
      });
    }
  });
});
