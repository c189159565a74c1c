import { describe, expect, test } from 'vitest';
import { warningNote } from '../../../src/lib/site/warning-note.ts';

describe('warningNote', () => {
  test.each([
    { warning: { message: 'unknown front matter field "tags" ignored', line: 3 }, expected: 'Line 3: unknown front matter field "tags" ignored' },
    { warning: { message: 'not valid UTF-8 (first bad byte at offset 40)', line: 1 }, expected: 'Line 1: not valid UTF-8 (first bad byte at offset 40)' },
    { warning: { message: 'the date 3000-01-01 is in the future' }, expected: 'the date 3000-01-01 is in the future' },
  ])('"$expected"', ({ warning, expected }) => {
    expect(warningNote(warning)).toBe(expected);
  });
});
