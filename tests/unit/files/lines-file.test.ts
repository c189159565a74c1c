import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { linesOf, linesWriter, writeLines } from '../../../src/lib/files/lines-file.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

describe('linesOf and writeLines', () => {
  test.each([
    ['no line', []],
    ['one line', ['["a",1]']],
    ['lines with text beyond ASCII', ['["é",2]', '["名",3]', '']],
    ['more than a megabyte of lines', Array.from({ length: 3000 }, (_, i) => `${i}:${'x'.repeat(500)}`)],
  ])('give back what was written: %s', (_, lines) => {
    const path = join(tempDir(), 'lines.jsonl');
    writeLines(path, lines);
    expect(readFileSync(path, 'utf8')).toBe(lines.map((line) => `${line}\n`).join(''));
    expect([...linesOf(path)]).toEqual(lines);
  });

  test('reads a last line without its newline, and nothing of a missing file', () => {
    const path = join(tempDir(), 'lines.jsonl');
    writeFileSync(path, 'a\nb');
    expect([...linesOf(path)]).toEqual(['a', 'b']);
    expect([...linesOf(join(tempDir(), 'none.jsonl'))]).toEqual([]);
  });
});

describe('linesWriter', () => {
  test.each([
    ['no line', []],
    ['lines with text beyond ASCII', ['["é",2]', '["名",3]', '']],
    ['more than a megabyte of lines', Array.from({ length: 3000 }, (_, i) => `${i}:${'x'.repeat(500)}`)],
  ])('gives back what was written, once committed: %s', (_, lines) => {
    const dir = tempDir();
    const path = join(dir, 'lines.jsonl');
    writeFileSync(path, 'the last file\n');
    const writer = linesWriter(path);
    for (const line of lines) writer.write(line);
    expect(readFileSync(path, 'utf8')).toBe('the last file\n');
    writer.commit();
    expect([...linesOf(path)]).toEqual(lines);
    expect(readdirSync(dir)).toEqual(['lines.jsonl']);
  });

  test('counts the bytes of the lines written, newlines included, and adds them to the end of the file', () => {
    const dir = tempDir();
    const path = join(dir, 'lines.jsonl');
    writeFileSync(path, 'the last file\n');
    const writer = linesWriter(path);
    writer.write('["é",2]');
    expect(writer.bytes).toBe(Buffer.byteLength('["é",2]\n'));
    writer.write('x'.repeat(1 << 20));
    expect(writer.bytes).toBe(Buffer.byteLength('["é",2]\n') + (1 << 20) + 1);
    writer.appendTo();
    expect([...linesOf(path)]).toEqual(['the last file', '["é",2]', 'x'.repeat(1 << 20)]);
    expect(readdirSync(dir)).toEqual(['lines.jsonl']);
    expect(() => writer.write('another')).toThrow(/committed or abandoned/u);
  });

  test('leaves the last file, and no temporary one, when abandoned', () => {
    const dir = tempDir();
    const path = join(dir, 'lines.jsonl');
    writeFileSync(path, 'the last file\n');
    const writer = linesWriter(path);
    writer.write('a line');
    writer.abort();
    expect(readFileSync(path, 'utf8')).toBe('the last file\n');
    expect(readdirSync(dir)).toEqual(['lines.jsonl']);
    expect(() => writer.write('another')).toThrow(/lines\.jsonl: lines written after the file was committed or abandoned/u);
  });
});
