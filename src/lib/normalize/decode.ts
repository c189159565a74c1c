import { diagnostic, type Diagnostic } from '../article/diagnostic.ts';
import { lineAt } from './line-at.ts';
import { firstControlChar, replaceControlChars } from './replace-control-chars.ts';

/** What `decode` makes of a seed's bytes: the text, or the reason it is not text. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: Diagnostic[] }
  | { readonly ok: false; readonly error: Diagnostic };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: false });
/** One character per byte (WHATWG's `latin1` is this decoder too): also for reading a page's declaration and counting lines by byte offset. */
const cp1252 = new TextDecoder('windows-1252');

/**
 * Decode a seed's bytes into text: UTF-8 with or without a BOM, UTF-16 LE or BE with a BOM;
 * anything else that is not valid UTF-8 is read as Windows-1252, with a warning.
 * A NUL byte outside UTF-16 means the file is not text: that is an error.
 * Control characters (see `replaceControlChars`) are replaced, with one warning that counts them.
 * Line ends are left as they are. Never throws.
 */
export function decode(file: string, bytes: Uint8Array): Decoded {
  return withoutControlChars(file, decodeText(file, bytes));
}

/** The text as the bytes give it, control characters and all. */
function decodeText(file: string, bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: utf16le.decode(bytes), warnings: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: utf16le.decode(swapPairs(bytes)), warnings: [] };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const message = `binary file (NUL bytes at offset ${nul}): seeds must be plain text; remove the file or convert it to UTF-8`;
    return { ok: false, error: diagnostic('error', file, 'binary-file', message, lineAt(cp1252.decode(bytes.subarray(0, nul)), nul)) };
  }
  try {
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    // Windows-1252 gives one character per byte: the offset is the text's index too.
    const text = cp1252.decode(bytes);
    const message = `not valid UTF-8 (first bad byte at offset ${offset}); read as Windows-1252: check the accented characters, or save the file as UTF-8`;
    return { ok: true, text, warnings: [diagnostic('warning', file, 'not-utf8', message, lineAt(text, offset))] };
  }
}

/**
 * Decoded text without the characters that are not text (they would make the RSS feed invalid XML),
 * and one warning saying how many there were and the line of the first.
 */
function withoutControlChars(file: string, decoded: Decoded): Decoded {
  if (!decoded.ok) return decoded;
  const first = firstControlChar(decoded.text);
  if (first === undefined) return decoded;
  const { value, count } = replaceControlChars(decoded.text);
  const message = `${count} control ${count === 1 ? 'character' : 'characters'} (such as ${first.name}) removed: a vertical tab or form feed became a space, the others were dropped, as they are not text; remove them from the file to silence this warning`;
  const warning = diagnostic('warning', file, 'control-characters', message, lineAt(decoded.text, first.index));
  return { ok: true, text: value, warnings: [...decoded.warnings, warning] };
}

/** UTF-16 BE to LE: swap each byte pair (a trailing odd byte is dropped). */
function swapPairs(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** Offset of the first byte that breaks UTF-8, for the warning. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** The charset a page declares in its first bytes: `<meta charset>` or an `http-equiv` content type. */
const declared = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/iu;

/**
 * Decode a saved web page: a BOM first, then the charset its `<meta>` declares (read from its first
 * 1024 bytes, as browsers do), then UTF-8, falling back to Windows-1252 with a warning as for text.
 * An unknown declared charset is ignored with a warning. Never throws.
 */
export function decodeHtml(file: string, bytes: Uint8Array): Decoded {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = cp1252.decode(bytes.subarray(0, 1024));
  const declaration = bom ? null : declared.exec(head);
  const label = declaration?.[1]?.toLowerCase();
  // NUL bytes mean a binary file whatever the page declares: `decode` says so.
  if (!label || label === 'utf-8' || label === 'utf8' || bytes.includes(0)) return decode(file, bytes);
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    const read = decodeText(file, bytes);
    if (!read.ok) return read;
    const message = `the page declares an unknown charset "${label}"; read as ${read.warnings.length ? 'Windows-1252' : 'UTF-8'}: check the accented characters`;
    const warning = diagnostic('warning', file, 'unknown-charset', message, lineAt(head, declaration?.index ?? 0));
    return withoutControlChars(file, { ...read, warnings: [...read.warnings, warning] });
  }
  // UTF-16 declared in an ASCII-compatible prefix is a mistake browsers ignore.
  if (decoder.encoding.startsWith('utf-16')) return decode(file, bytes);
  return withoutControlChars(file, { ok: true, text: decoder.decode(bytes), warnings: [] });
}
