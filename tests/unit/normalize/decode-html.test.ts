import { describe, expect, test } from 'vitest';
import { decodeHtml } from '../../../src/lib/normalize/decode.ts';

/** Bytes of an ASCII text followed by raw bytes (for the non-ASCII part, in whatever encoding the case needs). */
const bytes = (ascii: string, ...raw: number[]): Uint8Array => Uint8Array.from([...Buffer.from(ascii, 'latin1'), ...raw]);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const bom = (content: Uint8Array): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...content]);

const file = 'seeds/page.html';

describe('decodeHtml: the charset the page declares', () => {
  test.each<{ name: string; bytes: Uint8Array; text: string }>([
    {
      name: '<meta charset="windows-1252">: 0xE9 is é, 0x92 is ’',
      bytes: bytes('<meta charset="windows-1252"><p>Caf', 0xe9, 0x20, 0x92, 0x6e, 0x92),
      text: '<meta charset="windows-1252"><p>Café ’n’',
    },
    {
      name: 'an http-equiv Content-Type with charset=iso-8859-1 (read as Windows-1252, as browsers do)',
      bytes: bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Caf', 0xe9, 0x80),
      text: '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Café€',
    },
    {
      name: 'content before http-equiv, no space after the semicolon',
      bytes: bytes('<meta content="text/html;charset=windows-1252" http-equiv="Content-Type"><p>Caf', 0xe9),
      text: '<meta content="text/html;charset=windows-1252" http-equiv="Content-Type"><p>Café',
    },
    { name: 'an unquoted, upper-case label', bytes: bytes('<META CHARSET=WINDOWS-1252><p>Caf', 0xe9), text: '<META CHARSET=WINDOWS-1252><p>Café' },
    { name: 'a single-quoted label', bytes: bytes("<meta charset='latin1'><p>Caf", 0xe9), text: "<meta charset='latin1'><p>Café" },
    { name: 'Shift_JIS', bytes: bytes('<meta charset="shift_jis"><p>', 0x82, 0xa0), text: '<meta charset="shift_jis"><p>あ' },
    { name: 'utf-8 declared and valid', bytes: utf8('<meta charset="utf-8"><p>Café'), text: '<meta charset="utf-8"><p>Café' },
    {
      name: 'UTF-16 declared in an ASCII page is a mistake and ignored (read as UTF-8)',
      bytes: utf8('<meta charset="utf-16"><p>Café'),
      text: '<meta charset="utf-16"><p>Café',
    },
  ])('$name', ({ bytes: input, text }) => {
    expect(decodeHtml(file, input)).toEqual({ ok: true, text, warnings: [] });
  });
});

describe('decodeHtml: a byte-order mark comes first', () => {
  test.each<{ name: string; bytes: Uint8Array; text: string }>([
    { name: 'UTF-8 with a BOM: the BOM is dropped', bytes: bom(utf8('<p>Café</p>')), text: '<p>Café</p>' },
    {
      name: 'UTF-8 with a BOM wins over a declared windows-1252',
      bytes: bom(utf8('<meta charset="windows-1252"><p>Café</p>')),
      text: '<meta charset="windows-1252"><p>Café</p>',
    },
    {
      name: 'UTF-16 LE with a BOM',
      bytes: Uint8Array.from([0xff, 0xfe, ...Buffer.from('<p>Café</p>', 'utf16le')]),
      text: '<p>Café</p>',
    },
  ])('$name', ({ bytes: input, text }) => {
    expect(decodeHtml(file, input)).toEqual({ ok: true, text, warnings: [] });
  });
});

describe('decodeHtml: what it cannot be sure of is a warning about the file', () => {
  test.each<{ name: string; bytes: Uint8Array; text: string; warnings: Array<{ rule: string; message: RegExp; line: number }> }>([
    {
      name: 'an unknown charset label, valid UTF-8: read as UTF-8',
      bytes: utf8('<meta charset="klingon-8"><p>Café'),
      text: '<meta charset="klingon-8"><p>Café',
      warnings: [{ rule: 'unknown-charset', message: /^the page declares an unknown charset "klingon-8"; read as UTF-8: check the accented characters$/, line: 1 }],
    },
    {
      name: 'an unknown charset label, not UTF-8: read as Windows-1252',
      bytes: bytes('<meta charset="klingon-8"><p>Caf', 0xe9),
      text: '<meta charset="klingon-8"><p>Café',
      warnings: [
        { rule: 'not-utf8', message: /^not valid UTF-8 \(first bad byte at offset 32\); read as Windows-1252/, line: 1 },
        { rule: 'unknown-charset', message: /unknown charset "klingon-8"; read as Windows-1252/, line: 1 },
      ],
    },
    {
      name: 'no declaration and invalid UTF-8: read as Windows-1252',
      bytes: bytes('<p>Caf', 0xe9, 0x20, 0x93, 0x71, 0x94),
      text: '<p>Café “q”',
      warnings: [{ rule: 'not-utf8', message: /^not valid UTF-8 \(first bad byte at offset 6\); read as Windows-1252: check the accented characters, or save the file as UTF-8$/, line: 1 }],
    },
    {
      name: 'utf-8 declared but invalid: read as Windows-1252',
      bytes: bytes('<meta charset="utf-8"><p>Caf', 0xe9),
      text: '<meta charset="utf-8"><p>Café',
      warnings: [{ rule: 'not-utf8', message: /^not valid UTF-8 .*read as Windows-1252/, line: 1 }],
    },
    {
      name: 'a declaration after the first 1024 bytes is not read (as browsers do not)',
      bytes: bytes(`<!-- ${'x'.repeat(1030)} --><meta charset="windows-1252"><p>Caf`, 0xe9),
      text: `<!-- ${'x'.repeat(1030)} --><meta charset="windows-1252"><p>Café`,
      warnings: [{ rule: 'not-utf8', message: /^not valid UTF-8/, line: 1 }],
    },
  ])('$name', ({ bytes: input, text, warnings }) => {
    const result = decodeHtml(file, input);
    expect(result.ok && result.text).toBe(text);
    const got = result.ok ? result.warnings : [];
    expect(got).toHaveLength(warnings.length);
    warnings.forEach(({ rule, message, line }, i) => expect(got[i]).toEqual({ file, rule, message: expect.stringMatching(message), line, severity: 'warning' }));
  });

  test('an unknown charset is reported on the line that declares it', () => {
    const result = decodeHtml(file, utf8('<!doctype html>\r\n<html>\r\n<head><meta charset="klingon-8">\r\n<p>Café'));
    expect(result.ok && result.warnings.map((w) => [w.rule, w.line])).toEqual([['unknown-charset', 3]]);
  });

  test('no declaration and valid UTF-8: no warning', () => {
    expect(decodeHtml(file, utf8('<p>Café “q”</p>'))).toEqual({ ok: true, text: '<p>Café “q”</p>', warnings: [] });
  });

  test.each([
    { name: 'without a declaration', bytes: bytes('<p>a', 0x00, 0x41) },
    { name: 'whatever charset the page declares', bytes: bytes('<meta charset="windows-1252"><p>a', 0x00, 0x41) },
  ])('NUL bytes $name: a binary file, an error naming it', ({ bytes: input }) => {
    expect(decodeHtml(file, input)).toEqual({
      ok: false,
      error: { file, rule: 'binary-file', message: expect.stringMatching(/^binary file \(NUL bytes at offset \d+\)/), line: 1, severity: 'error' },
    });
  });
});
