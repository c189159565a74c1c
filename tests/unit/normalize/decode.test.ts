import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../../src/lib/article/diagnostic.ts';
import { decode, decodeHtml } from '../../../src/lib/normalize/decode.ts';

describe('decode', () => {
  test.each([
    { name: 'UTF-8', bytes: [0x63, 0x61, 0x66, 0xc3, 0xa9], text: 'café', warned: false },
    { name: 'UTF-8 with a BOM', bytes: [0xef, 0xbb, 0xbf, 0x61], text: 'a', warned: false },
    { name: 'UTF-16 LE with a BOM', bytes: [0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00], text: 'aé', warned: false },
    { name: 'UTF-16 BE with a BOM', bytes: [0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9], text: 'aé', warned: false },
    { name: 'Windows-1252', bytes: [0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94], text: 'café “q”', warned: true },
  ])('$name', ({ bytes, text, warned }) => {
    const result = decode('x.txt', Uint8Array.from(bytes));
    expect(result.ok && result.text).toBe(text);
    expect(result.ok && result.warnings.length > 0).toBe(warned);
  });

  test('a NUL byte outside UTF-16 is a binary file', () => {
    expect(decode('seeds/x.txt', Uint8Array.from([0x61, 0x62, 0x00]))).toEqual({
      ok: false,
      error: {
        file: 'seeds/x.txt',
        rule: 'binary-file',
        message: 'binary file (NUL bytes at offset 2): seeds must be plain text; remove the file or convert it to UTF-8',
        line: 1,
        severity: 'error',
      },
    });
  });
});

describe('decode: the line a diagnostic names', () => {
  const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];
  test.each([
    { name: 'a byte that is not UTF-8 on line 3 (LF)', bytes: [...utf8('a\nb\nCaf'), 0xe9], rule: 'not-utf8', line: 3 },
    { name: 'a byte that is not UTF-8 on line 2 (CRLF)', bytes: [...utf8('a\r\nCaf'), 0xe9, ...utf8('\r\nc')], rule: 'not-utf8', line: 2 },
    { name: 'a byte that is not UTF-8 on line 3 (lone CR)', bytes: [...utf8('a\rb\r'), 0xe9], rule: 'not-utf8', line: 3 },
    { name: 'a control character on line 2', bytes: utf8('Harbour plan\nThe\u0008 council met\nx\u0001'), rule: 'control-characters', line: 2 },
    { name: 'a control character after a UTF-8 BOM, on line 1', bytes: [0xef, 0xbb, 0xbf, ...utf8('a\u0008')], rule: 'control-characters', line: 1 },
    { name: 'a NUL byte on line 4', bytes: [...utf8('a\nb\nc\nd'), 0x00], rule: 'binary-file', line: 4 },
  ])('$name', ({ bytes, rule, line }) => {
    const result = decode('x.txt', Uint8Array.from(bytes));
    const found = result.ok ? result.warnings : [result.error];
    expect(found.map((d) => [d.rule, d.line])).toEqual([[rule, line]]);
  });
});

describe('decode: control characters', () => {
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const utf16le = (text: string): Uint8Array => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const utf16be = (text: string): Uint8Array => Uint8Array.from([0xfe, 0xff, ...Buffer.from(text, 'utf16le').swap16()]);
  const warning = (count: number, example: string): Diagnostic => ({
    file: 'x.txt',
    rule: 'control-characters',
    message: `${count} control ${count === 1 ? 'character' : 'characters'} (such as ${example}) removed: a vertical tab or form feed became a space, the others were dropped, as they are not text; remove them from the file to silence this warning`,
    line: 1,
    severity: 'warning',
  });

  test.each([
    { name: 'U+0008 in a title', bytes: utf8('Harbour\u0008 plan'), text: 'Harbour plan', count: 1, example: 'U+0008' },
    { name: 'U+0001 and U+001F', bytes: utf8('\u0001a\u001fb'), text: 'ab', count: 2, example: 'U+0001' },
    { name: 'a vertical tab and a form feed become spaces', bytes: utf8('a\u000bb\u000cc'), text: 'a b c', count: 2, example: 'U+000B' },
    { name: 'U+FFFE and U+FFFF', bytes: utf8('a\ufffeb\uffffc'), text: 'abc', count: 2, example: 'U+FFFE' },
    { name: 'U+0000 in UTF-16 LE', bytes: utf16le('a\u0000b'), text: 'ab', count: 1, example: 'U+0000' },
    { name: 'U+0000 and U+0007 in UTF-16 BE', bytes: utf16be('a\u0000b\u0007'), text: 'ab', count: 2, example: 'U+0000' },
    { name: 'U+001B in Windows-1252', bytes: Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x1b]), text: 'café', count: 1, example: 'U+001B' },
  ])('$name: replaced, with one warning that counts them', ({ bytes, text, count, example }) => {
    const result = decode('x.txt', bytes);
    expect(result.ok && result.text).toBe(text);
    const warnings = result.ok ? result.warnings.filter((w) => w.rule === 'control-characters') : [];
    expect(warnings).toEqual([warning(count, example)]);
  });

  test('tab, line feed and carriage return are text, kept without a warning', () => {
    expect(decode('x.txt', utf8('a\tb\r\nc\nd'))).toEqual({ ok: true, text: 'a\tb\r\nc\nd', warnings: [] });
  });

  test.each([
    { name: 'a page read as UTF-8', html: '<p>Harbour\u0008 plan</p>' },
    { name: 'a page in the charset it declares', html: '<meta charset="windows-1252"><p>Harbour\u0008 plan</p>' },
  ])('$name: replaced, with one warning', ({ html }) => {
    const result = decodeHtml('x.txt', utf8(html));
    expect(result.ok && result.text).toBe(html.replace('\u0008', ''));
    expect(result.ok && result.warnings).toEqual([warning(1, 'U+0008')]);
  });
});
