import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCollectionWriter } from '../../../src/lib/ingest/collection-writer';
import { tempDir } from '../../helpers/temp-dir';

describe('createCollectionWriter', () => {
  test('writes a new file, then leaves it alone while its content is the same', () => {
    const dir = tempDir();
    expect(createCollectionWriter(dir).write('a.md', 'one')).toBe('written');
    const before = statSync(join(dir, 'a.md')).mtimeMs;
    expect(createCollectionWriter(dir).write('a.md', 'one')).toBe('unchanged');
    expect(statSync(join(dir, 'a.md')).mtimeMs).toBe(before);
    expect(createCollectionWriter(dir).write('a.md', 'two')).toBe('written');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('two');
  });

  test('removes only the Markdown files not written in this run, and leaves no temporary file', () => {
    const dir = tempDir();
    for (const name of ['old.md', 'keep.md', 'notes.txt', '.hidden']) writeFileSync(join(dir, name), 'x');
    const writer = createCollectionWriter(dir);
    writer.write('keep.md', 'x');
    writer.write('new.md', 'y');
    expect(writer.removeOthers()).toEqual(['old.md']);
    expect(readdirSync(dir).sort()).toEqual(['.hidden', 'keep.md', 'new.md', 'notes.txt']);
  });

  test('keeps a file it was told is current, and stamps files with size and time', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'current.md'), 'abc');
    const writer = createCollectionWriter(dir);
    expect(writer.stamp('current.md')).toEqual({ size: 3, mtimeMs: statSync(join(dir, 'current.md')).mtimeMs });
    expect(writer.stamp('missing.md')).toBeUndefined();
    writer.keep('current.md');
    expect(writer.removeOthers()).toEqual([]);
  });

  test('creates the folder when it does not exist', () => {
    const dir = join(tempDir(), 'a', 'b');
    createCollectionWriter(dir).write('x.md', 'x');
    expect(readdirSync(dir)).toEqual(['x.md']);
  });
});
