import { describe, expect, test } from 'vitest';
import { countBlankLines } from '../../../src/lib/normalize/count-blank-lines.ts';

describe('countBlankLines', () => {
  test.each([
    { text: '', expected: 0 },
    { text: 'One line\n', expected: 0 },
    { text: 'Title\n\nText\n', expected: 1 },
    { text: 'Title\r\n \t\r\n\r\nText', expected: 2 },
    { text: '\n\n', expected: 2 },
    { text: 'A\rB\r\r', expected: 1 },
  ])('$text.length characters: $expected', ({ text, expected }) => {
    expect(countBlankLines(text)).toBe(expected);
  });
});
