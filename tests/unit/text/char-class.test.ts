import { describe, expect, test } from 'vitest';
import { alnum, charClass, codePointAt, letter, number, space, upper } from '../../../src/lib/text/char-class.ts';

function expected(s: string): number {
  return (/\p{L}/u.test(s) ? letter : 0) | (/\p{N}/u.test(s) ? number : 0) | (/\p{Lu}/u.test(s) ? upper : 0) | (/\s/u.test(s) ? space : 0);
}

describe('charClass', () => {
  test('agrees with the regular expressions on every code unit of the Basic Multilingual Plane', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (charClass(c) !== expected(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });

  test.each([
    { text: '𐐀', name: 'a Deseret capital', classes: letter | upper },
    { text: '𐐨', name: 'a Deseret small letter', classes: letter },
    { text: '𝟙', name: 'a mathematical digit', classes: number },
    { text: '😀', name: 'an emoji', classes: 0 },
  ])('reads $name beyond the Basic Multilingual Plane', ({ text, classes }) => {
    expect(charClass(codePointAt(text, 0))).toBe(classes);
    expect((classes & alnum) !== 0).toBe(/[\p{L}\p{N}]/u.test(text));
  });
});

describe('codePointAt', () => {
  test.each([
    { text: 'a', at: 0, expected: 0x61 },
    { text: '𐐀', at: 0, expected: 0x10400 },
    { text: '\ud801', at: 0, expected: 0xd801 },
    { text: '\udc00a', at: 0, expected: 0xdc00 },
  ])('$text at $at is $expected', ({ text, at, expected: cp }) => {
    expect(codePointAt(text, at)).toBe(cp);
    expect(codePointAt(text, at)).toBe(text.codePointAt(at));
  });
});
