import { describe, expect, test } from 'vitest';
import { diagnostic, type Diagnostic } from '../../../src/lib/article/diagnostic.ts';
import { folderDiagnostic } from '../../../src/lib/ingest/folder-diagnostic.ts';
import { formatDiagnostic } from '../../../src/lib/ingest/format-diagnostic.ts';

const unknownKey = 'unknown front matter field "tags" ignored; the fields read are title, date, byline, source, slug';

describe('formatDiagnostic', () => {
  test.each<{ name: string; d: Diagnostic; seedsDir: string; expected: string }>([
    {
      name: 'a warning with its line',
      d: diagnostic('warning', 'x.txt', 'front-matter-unknown-key', unknownKey, 12),
      seedsDir: 'seeds',
      expected: `seeds/x.txt:12: warning: ${unknownKey} [front-matter-unknown-key]`,
    },
    {
      name: 'an error without a line',
      d: diagnostic('error', 'empty.txt', 'no-article-body', "no article body (the file is empty): add the article's text, or remove the file"),
      seedsDir: 'seeds',
      expected: "seeds/empty.txt: error: no article body (the file is empty): add the article's text, or remove the file [no-article-body]",
    },
    {
      name: 'a seeds folder given with ./ and a trailing slash',
      d: diagnostic('warning', 'b.txt', 'duplicate-seed', 'same article as a.txt'),
      seedsDir: './seeds/',
      expected: 'seeds/b.txt: warning: same article as a.txt [duplicate-seed]',
    },
    {
      name: 'an absolute seeds folder',
      d: diagnostic('error', 'big.txt', 'seed-too-large', 'is 6 MB, over the limit of 5 MB per seed.'),
      seedsDir: '/data/archive/seeds',
      expected: '/data/archive/seeds/big.txt: error: is 6 MB, over the limit of 5 MB per seed. [seed-too-large]',
    },
    {
      name: 'a name with spaces and accents, kept as it is',
      d: diagnostic('warning', 'Café owners – draft.txt', 'not-utf8', 'not valid UTF-8', 3),
      seedsDir: 'seeds',
      expected: 'seeds/Café owners – draft.txt:3: warning: not valid UTF-8 [not-utf8]',
    },
    {
      name: 'a name with control characters, escaped',
      d: diagnostic('error', 'bell\u0007\ttab\u007f.txt', 'file-name-control-character', 'the file name holds a control character'),
      seedsDir: 'seeds',
      expected: 'seeds/bell\\u0007\\ttab\\u007f.txt: error: the file name holds a control character [file-name-control-character]',
    },
  ])('$name', ({ d, seedsDir, expected }) => {
    expect(formatDiagnostic(d, seedsDir)).toBe(expected);
  });
});

describe('folderDiagnostic: a folder of the run is printed by its own path', () => {
  test.each([
    { name: 'the seeds folder itself', seedsDir: 'no-such-folder', folder: 'no-such-folder', file: '.', shown: 'no-such-folder' },
    { name: 'a cache beside the seeds folder', seedsDir: 'seeds', folder: '.cache/ingest', file: '../.cache/ingest', shown: '.cache/ingest' },
    { name: 'an absolute collection folder', seedsDir: '/data/seeds', folder: '/srv/articles', file: '../../srv/articles', shown: '/srv/articles' },
  ])('$name', ({ seedsDir, folder, file, shown }) => {
    const d = folderDiagnostic(seedsDir, folder, 'error', 'seeds-folder-unreadable', 'cannot be read');
    expect(d).toStrictEqual({ file, rule: 'seeds-folder-unreadable', message: 'cannot be read', severity: 'error' });
    expect(formatDiagnostic(d, seedsDir)).toBe(`${shown}: error: cannot be read [seeds-folder-unreadable]`);
  });
});

describe('diagnostic', () => {
  test('leaves out a line that is not known, so records hold no undefined field', () => {
    expect(Object.keys(diagnostic('warning', 'x.txt', 'future-date', 'm'))).toEqual(['file', 'rule', 'message', 'severity']);
    expect(Object.keys(diagnostic('warning', 'x.txt', 'future-date', 'm', 4))).toEqual(['file', 'rule', 'message', 'line', 'severity']);
  });
});
