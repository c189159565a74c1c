import { describe, expect, test } from 'vitest';
import { decode } from '../../../src/lib/normalize/decode';

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
      error: 'seeds/x.txt: binary file (NUL bytes at offset 2): seeds must be plain text; remove the file or convert it to UTF-8',
    });
  });
});
