import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { collectionStamps } from '../../../src/lib/article/collection-files.ts';
import { createCollectionWriter } from '../../../src/lib/ingest/collection-writer.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('createCollectionWriter', () => {
  test('writes a new file, then leaves it alone while its content is the same', () => {
    const dir = tempDir();
    expect(createCollectionWriter(dir).write('a.json', 'one')).toBe('written');
    const before = statSync(join(dir, 'a.json')).mtimeMs;
    expect(createCollectionWriter(dir).write('a.json', 'one')).toBe('unchanged');
    expect(statSync(join(dir, 'a.json')).mtimeMs).toBe(before);
    expect(createCollectionWriter(dir).write('a.json', 'two')).toBe('written');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('two');
  });

  test('removes only the collection files (and Markdown files of the earlier layout) not written in this run, and leaves no temporary file', () => {
    const dir = tempDir();
    for (const name of ['old.json', 'older.md', 'keep.json', 'notes.txt', '.hidden']) writeFileSync(join(dir, name), 'x');
    const writer = createCollectionWriter(dir);
    writer.write('keep.json', 'x');
    writer.write('new.json', 'y');
    expect(writer.removeOthers()).toEqual(['old.json', 'older.md']);
    expect(readdirSync(dir).sort()).toEqual(['.hidden', 'keep.json', 'new.json', 'notes.txt']);
  });

  test('keeps a file it was told is current, and stamps files with size and time', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'current.json'), 'abc');
    const writer = createCollectionWriter(dir);
    const { mtimeMs, ctimeMs } = statSync(join(dir, 'current.json'));
    expect(writer.stamp('current.json')).toEqual({ size: 3, mtimeMs, ctimeMs });
    expect(writer.stamp('missing.json')).toBeUndefined();
    writer.keep('current.json');
    expect(writer.removeOthers()).toEqual([]);
  });

  test("gives every collection file's stamp as a listing would, reusing the stamps it read since its last write", () => {
    const dir = tempDir();
    for (const name of ['kept.json', 'changed.json', 'gone.json', 'notes.txt', '.hidden.json']) writeFileSync(join(dir, name), 'x');
    const writer = createCollectionWriter(dir);
    writer.stamp('kept.json');
    writer.keep('kept.json');
    writer.stamp('changed.json');
    writer.write('changed.json', 'new content');
    writer.write('added.json', 'y');
    writer.removeOthers();
    expect(writer.stamps()).toEqual(collectionStamps(dir));
    expect([...writer.stamps().keys()]).toEqual(['added.json', 'changed.json', 'kept.json']);
  });

  test('creates the folder when it does not exist', () => {
    const dir = join(tempDir(), 'a', 'b');
    createCollectionWriter(dir).write('x.json', 'x');
    expect(readdirSync(dir)).toEqual(['x.json']);
  });
});
