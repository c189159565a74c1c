import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { updateInPlace } from '../../../src/lib/build-run/update-in-place.ts';
import { fileHashes } from '../../helpers/run-script.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function writeTree(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The last output: three articles, a listing page, an asset and a search index. */
const last = {
  'index.html': 'old home',
  'articles/a/index.html': 'a',
  'articles/b/index.html': 'old b',
  'articles/gone/index.html': 'gone',
  'timeline/2020/index.html': 'old 2020',
  '_astro/site.css': 'css',
  'search-index/manifest.json': 'old manifest',
  'search-index/ab.json': 'old shard',
};

/** What the incremental build wrote: the pages it rendered, the files every build writes, the new index. */
const fresh = {
  'index.html': 'new home',
  'articles/b/index.html': 'new b',
  'articles/c/index.html': 'c',
  '_astro/site.css': 'css',
  'search-index/manifest.json': 'new manifest',
  'search-index/cd.json': 'new shard',
};

describe('updateInPlace', () => {
  test('gives the output a full build would: fresh files in, kept pages untouched, the rest removed', () => {
    const out = tempDir();
    const built = tempDir();
    writeTree(out, last);
    writeTree(built, fresh);
    const keptInode = statSync(join(out, 'articles', 'a', 'index.html')).ino;
    const done = updateInPlace(built, out, ['/articles/a/', '/timeline/2020/'], ['search-index']);
    const full = tempDir();
    writeTree(full, { ...fresh, 'articles/a/index.html': 'a', 'timeline/2020/index.html': 'old 2020' });
    expect(fileHashes(out)).toEqual(fileHashes(full));
    expect(statSync(join(out, 'articles', 'a', 'index.html')).ino).toBe(keptInode);
    expect(existsSync(join(out, 'articles', 'gone'))).toBe(false);
    expect(readFileSync(join(out, 'search-index', 'manifest.json'), 'utf8')).toBe('new manifest');
    expect(done).toEqual({ moved: 4, removed: 1 });
  });

  test('leaves no folder of its own behind', () => {
    const out = tempDir();
    const built = tempDir();
    writeTree(out, last);
    writeTree(built, fresh);
    updateInPlace(built, out, ['/articles/a/', '/timeline/2020/'], ['search-index']);
    expect(Object.keys(fileHashes(out)).filter((path) => path.includes('.old-'))).toEqual([]);
    expect(Object.keys(fileHashes(built))).toEqual([]);
  });
});
