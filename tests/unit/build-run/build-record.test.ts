import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionHash, outputFiles, outputFilesInBackground, recordPaths, startPageRecord } from '../../../src/lib/build-run/build-record.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

function output(files: readonly string[]): string {
  const root = join(tempDir(), 'dist');
  mkdirSync(root);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), file);
  }
  return root;
}

describe('outputFiles and outputFilesInBackground', () => {
  test.each([
    { name: 'pages in folders, in code-unit order', files: ['index.html', 'articles/b/index.html', 'articles/a/index.html', 'B.xml'], expected: ['B.xml', 'articles/a/index.html', 'articles/b/index.html', 'index.html'] },
    { name: 'an empty output', files: [], expected: [] },
  ])('$name: the worker lists what the calling thread lists', async ({ files, expected }) => {
    const root = output(files);
    expect(outputFiles(root)).toEqual(expected);
    await expect(outputFilesInBackground(root)).resolves.toEqual({ files: expected });
  });

  test('an output folder that is not there lists as undefined', async () => {
    const missing = join(tempDir(), 'dist');
    expect(outputFiles(missing)).toBeUndefined();
    await expect(outputFilesInBackground(missing)).resolves.toBeUndefined();
  });
});

describe('startPageRecord', () => {
  test("makes the running build's record folder empty and removes those stopped builds left, keeping the last record", () => {
    const paths = recordPaths(tempDir(), '/archive/dist');
    const left = join(dirname(paths.nextPages), 'pages.next-4242');
    for (const dir of [paths.pages, paths.nextPages, join(left, 'renderer')]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(paths.pages, 'route-a.json'), '{}');
    writeFileSync(join(paths.nextPages, 'route-b.json'), '{}');
    startPageRecord(paths);
    expect(readdirSync(dirname(paths.nextPages)).sort()).toEqual(['pages', basename(paths.nextPages)].sort());
    expect(readdirSync(paths.nextPages)).toEqual([]);
    expect(readdirSync(paths.pages)).toEqual(['route-a.json']);
  });
});

describe('collectionHash', () => {
  const stampsOf = (count: number): Map<string, string> => new Map(Array.from({ length: count }, (_, i) => [`article-${i}.json`, `${i}:${100 + i}:1700000000000.5:1700000000000.5`]));
  test.each([
    ['no file', 0],
    ['a few files', 3],
    ['more than a megabyte of names and stamps', 30_000],
  ])('%s: the hash of every name and stamp, a line each', (_, count) => {
    const stamps = stampsOf(count);
    const text = [...stamps].map(([name, stamp]) => `${name}\0${stamp}\n`).join('');
    expect(collectionHash(stamps)).toBe(createHash('sha256').update(text).digest('base64url'));
  });

  test('changes with a stamp', () => {
    const stamps = stampsOf(3);
    const before = collectionHash(stamps);
    stamps.set('article-1.json', 'another');
    expect(collectionHash(stamps)).not.toBe(before);
  });
});
