import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { collectionFileSize, offerCollectionStamps } from '../../../src/lib/article/collection-file-size.ts';
import { fileStamp } from '../../../src/lib/files/file-stamp.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('collectionFileSize', () => {
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('news-archive.collection-stamps')];
  });

  const cases: readonly { name: string; stamp: ((path: string) => string) | undefined; expected: number }[] = [
    { name: 'no stamps offered: the file is stat-ed', stamp: undefined, expected: 11 },
    { name: 'the stamp the build took', stamp: (path) => fileStamp(path), expected: 11 },
    { name: "the stamp's size, not the file's (the stamps are taken as the truth, as the sync takes them)", stamp: () => '7:4096:1.5:2.5', expected: 4096 },
    { name: 'a stamp whose size is not a whole number: the file is stat-ed', stamp: () => '7:big:1.5:2.5', expected: 11 },
    { name: 'a stamp without fields: the file is stat-ed', stamp: () => 'garbled', expected: 11 },
  ];
  test.each(cases)('$name', ({ stamp, expected }) => {
    const dir = tempDir('collection-file-size-');
    const file = join(dir, 'a-story.json');
    writeFileSync(file, '{"a":"bcd"}');
    if (stamp !== undefined) offerCollectionStamps(new Map([['a-story.json', stamp(file)], ['other.json', '1:1:1:1']]));
    expect(collectionFileSize(file)).toBe(expected);
  });

  test('a file the stamps do not name is stat-ed', () => {
    const file = join(tempDir('collection-file-size-'), 'unnamed.json');
    writeFileSync(file, '{}');
    offerCollectionStamps(new Map([['a-story.json', '7:4096:1.5:2.5']]));
    expect(collectionFileSize(file)).toBe(2);
  });
});
