import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { linesOf, writeLines } from '../../../src/lib/files/lines-file.ts';
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
