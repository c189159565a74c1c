import { describe, expect, test } from 'vitest';
import { countWords } from '../../../src/lib/text/count-words.ts';

const byPattern = (text: string): number => text.match(/\S+/gu)?.length ?? 0;

describe('countWords', () => {
  test.each([
    { text: '', expected: 0 },
    { text: '   ', expected: 0 },
    { text: 'one', expected: 1 },
    { text: ' two  words ', expected: 2 },
    { text: 'tab\tand\nnew\r\nlines', expected: 4 },
    { text: 'no\u00a0break\u2009thin\u3000ideographic', expected: 4 },
    { text: 'emoji 🙂 counts', expected: 3 },
  ])('counts $expected in $text', ({ text, expected }) => {
    expect(countWords(text)).toBe(expected);
  });

  test('takes every UTF-16 code unit for a space exactly when `\\s` does', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const text = `a${String.fromCharCode(code)}b`;
      expect(countWords(text), `U+${code.toString(16)}`).toBe(byPattern(text));
    }
  });

  test('agrees with /\\S+/gu on mixed text', () => {
    const alphabet = ['a', 'é', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff', '🙂', '-', '.'];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join('');
      expect(countWords(text)).toBe(byPattern(text));
    }
  });
});
