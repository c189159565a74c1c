import { describe, expect, test } from 'vitest';
import { splitInlineField, splitLines } from '../../../src/lib/normalize/split-lines.ts';

describe('splitLines', () => {
  test.each([
    { text: 'a\r\nb\rc\nd', lines: ['a', 'b', 'c', 'd'] },
    { text: '  a   b \t c  \n\n \u00a0\n d ', lines: ['a b c', 'd'] },
    { text: '', lines: [] },
    // Lines whose spaces are already single keep their text; any other whitespace is collapsed.
    { text: 'one two three\n one\u00a0two\n\u2003one\u2009 two\u200a', lines: ['one two three', 'one two', 'one two'] },
    { text: 'tab\tin\u000bline\n\ufeffmarked', lines: ['tab in line', 'marked'] },
  ])('$text', ({ text, lines }) => {
    expect(splitLines(text)).toEqual(lines);
  });
});

describe('splitInlineField', () => {
  test.each([
    { line: 'date 2020-03-19 The United States for the first time held Russia responsible', split: ['date 2020-03-19', 'The United States for the first time held Russia responsible'] },
    { line: 'Published: 2020-03 The story begins here and runs on for a while', split: ['Published: 2020-03', 'The story begins here and runs on for a while'] },
    { line: 'date 2020-03-19 short', split: null },
    { line: 'The date 2020-03-19 is in the middle of this line, not at its start', split: null },
  ])('$line', ({ line, split }) => {
    expect(splitInlineField(line)).toEqual(split);
  });
});
