import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/ingest/format-diagnostic.ts';
import { compareNames, listSeeds } from '../../../src/lib/ingest/list-seeds.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('listSeeds', () => {
  test.each([
    { name: 'a.txt', seed: true },
    { name: 'B.TXT', seed: true },
    { name: 'with space.txt', seed: true },
    { name: 'été à Paris.txt', seed: true },
    { name: '-leading-dash.txt', seed: true },
    { name: 'clipping.md', seed: true },
    { name: 'saved page.html', seed: true },
    { name: 'OLD.HTM', seed: true },
    { name: 'notes.docx', seed: false, reason: 'not a seed (.txt, .html, .htm or .md)' },
    { name: 'a.txt.bak', seed: false, reason: 'not a seed (.txt, .html, .htm or .md)' },
    { name: 'README', seed: false, reason: 'not a seed (.txt, .html, .htm or .md)' },
    { name: '.hidden.txt', seed: false, reason: 'hidden file (name starts with a dot)' },
    { name: '.DS_Store', seed: false, reason: 'hidden file (name starts with a dot)' },
  ])('$name is a seed: $seed', ({ name, seed, reason }) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), 'x');
    const listing = listSeeds(dir);
    expect(listing.seeds.map((s) => s.file)).toEqual(seed ? [name] : []);
    expect(listing.skipped).toEqual(seed ? [] : [{ file: name, reason }]);
  });

  test.each([
    { name: 'back\bspace.txt', shown: 'seeds/back\\bspace.txt' },
    { name: 'escape\u001b[2J.txt', shown: 'seeds/escape\\u001b[2J.txt' },
    { name: 'delete\u007f.txt', shown: 'seeds/delete\\u007f.txt' },
  ])('a seed whose name holds a control character is an error that shows the name escaped: $shown', ({ name, shown }) => {
    const dir = tempDir();
    writeFileSync(join(dir, name), 'x');
    const message = 'the file name holds a control character, which no page can show. Rename the file without it.';
    const seeds = listSeeds(dir).seeds;
    expect(seeds.map((s) => [s.file, s.problem])).toEqual([[name, { file: name, rule: 'file-name-control-character', message, severity: 'error' }]]);
    expect(seeds.map((s) => s.problem && formatDiagnostic(s.problem, 'seeds'))).toEqual([`${shown}: error: ${message} [file-name-control-character]`]);
  });

  test('skips a folder whose name ends in .txt', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.txt'));
    expect(listSeeds(dir)).toEqual({ seeds: [], skipped: [{ file: 'folder.txt', reason: 'a folder, not a seed' }] });
  });

  test.each([
    { name: 'self.txt', target: '.', what: 'the seeds folder itself' },
    { name: 'absolute-self.txt', target: 'ABS', what: 'the seeds folder itself, by its absolute path' },
    { name: 'sub.txt', target: 'inner', what: 'a folder inside the seeds folder' },
    { name: 'parent.md', target: '..', what: 'a folder outside the seeds folder' },
  ])('skips $name, a symbolic link to $what, as a folder', ({ name, target, what }) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'inner'));
    symlinkSync(target === 'ABS' ? dir : target, join(dir, name));
    const listing = listSeeds(dir);
    expect(listing.seeds, what).toEqual([]);
    expect(listing.skipped.find((s) => s.file === name), what).toEqual({ file: name, reason: 'a folder, not a seed' });
  });

  test('still lists a dangling symbolic link as a seed, for readSeed to name', () => {
    const dir = tempDir();
    symlinkSync('nowhere.txt', join(dir, 'dangling.txt'));
    expect(listSeeds(dir).seeds.map((s) => s.file)).toEqual(['dangling.txt']);
  });

  test('lists seeds in code-point order, whatever the locale', () => {
    const dir = tempDir();
    const names = ['b.txt', 'A.txt', 'a.txt', '10.txt', '9.txt', 'é.txt', '-x.txt'];
    for (const name of names) writeFileSync(join(dir, name), 'x');
    expect(listSeeds(dir).seeds.map((s) => s.file)).toEqual(['-x.txt', '10.txt', '9.txt', 'A.txt', 'a.txt', 'b.txt', 'é.txt']);
  });

  test('marks a name that is not UTF-8 as a problem instead of guessing', () => {
    const dir = tempDir();
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'x');
    const [seed] = listSeeds(dir).seeds;
    expect(seed?.problem).toEqual({
      file: 'café.txt',
      rule: 'file-name-not-utf8',
      message: 'the file name is not valid UTF-8, so it cannot give a stable id. Rename the file using UTF-8 characters.',
      severity: 'error',
    });
  });
});

describe('compareNames', () => {
  test.each([
    { a: 'a', b: 'b', expected: -1 },
    { a: 'b', b: 'a', expected: 1 },
    { a: 'a', b: 'a', expected: 0 },
    { a: 'Z', b: 'a', expected: -1 },
  ])('$a vs $b is $expected', ({ a, b, expected }) => {
    expect(compareNames(a, b)).toBe(expected);
  });
});
