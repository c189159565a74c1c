import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { outputFiles } from '../../../src/lib/build-run/build-record.ts';
import { mergedInOrder, updateInPlace } from '../../../src/lib/build-run/update-in-place.ts';
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
  'search-index/ab.json': 'unchanged shard',
  'search-index/gone.json': 'old shard',
};

/** What the incremental build wrote: the pages it rendered, the files every build writes, the index's changed files. */
const fresh = {
  'index.html': 'new home',
  'articles/b/index.html': 'new b',
  'articles/c/index.html': 'c',
  '_astro/site.css': 'css',
  'search-index/manifest.json': 'new manifest',
  'search-index/cd.json': 'new shard',
};

/** The pages the build kept, and its other files (the whole index, changed or not). */
const keptPages = ['/articles/a/', '/timeline/2020/'];
const keptFiles = ['search-index/manifest.json', 'search-index/ab.json', 'search-index/cd.json'];

describe('updateInPlace', () => {
  test('gives the output a full build would: fresh files in, kept files untouched, the rest removed', () => {
    const out = tempDir();
    const built = tempDir();
    writeTree(out, last);
    writeTree(built, fresh);
    const inode = (path: string): number => statSync(join(out, path)).ino;
    const keptInodes = [inode('articles/a/index.html'), inode('search-index/ab.json')];
    const done = updateInPlace(built, out, Object.keys(last), keptPages, keptFiles);
    const full = tempDir();
    writeTree(full, { ...fresh, 'articles/a/index.html': 'a', 'timeline/2020/index.html': 'old 2020', 'search-index/ab.json': 'unchanged shard' });
    expect(fileHashes(out)).toEqual(fileHashes(full));
    expect(done.files).toEqual(outputFiles(full));
    expect([inode('articles/a/index.html'), inode('search-index/ab.json')]).toEqual(keptInodes);
    expect(existsSync(join(out, 'articles', 'gone'))).toBe(false);
    expect(readFileSync(join(out, 'search-index', 'manifest.json'), 'utf8')).toBe('new manifest');
    expect(done).toMatchObject({ moved: 6, removed: 2 });
    // The folders whose entries changed; the kept pages' folders (articles/a, timeline/2020) are not among them.
    expect([...done.touched].sort()).toEqual(['.', '_astro', 'articles', 'articles/b', 'articles/c', 'articles/gone', 'search-index']);
  });

  test('changes nothing when a file it keeps is missing from the last output, and says so', () => {
    const out = tempDir();
    const built = tempDir();
    writeTree(out, last);
    writeTree(built, fresh);
    const before = fileHashes(out);
    expect(() => updateInPlace(built, out, Object.keys(last), keptPages, [...keptFiles, 'search-index/lost.json'])).toThrow(/search-index\/lost\.json from the last build, and it is missing; run `npm run build -- --full`/);
    expect(fileHashes(out)).toEqual(before);
  });

  test('leaves no folder of its own behind', () => {
    const out = tempDir();
    const built = tempDir();
    writeTree(out, last);
    writeTree(built, fresh);
    updateInPlace(built, out, Object.keys(last), keptPages, keptFiles);
    expect(Object.keys(fileHashes(built))).toEqual([]);
  });
});

describe('mergedInOrder', () => {
  const path = fc.stringMatching(/^[a-c]{1,2}(\/[a-cé]{1,2}){0,2}$/u);
  test('is every staying file of the last listing and every new file, sorted, whatever order the listing came in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(path), fc.uniqueArray(path), fc.boolean(), fc.func(fc.boolean()), (listed, fresh, sorted, keep) => {
        const had = sorted ? [...listed].sort() : listed;
        const staying = had.filter((p) => keep(p));
        const newFiles = fresh.filter((p) => !had.includes(p));
        expect(mergedInOrder(staying, newFiles)).toEqual([...staying, ...newFiles].sort());
      }),
    );
  });
});
