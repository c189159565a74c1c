/**
 * What a code point is, as a Unicode-aware regular expression would say (`\p{L}`, `\p{N}`,
 * `\p{Lu}`, `\s`), for scanners that walk a text by char codes instead of matching it: a bit set,
 * tested with `&`. A lone surrogate is none of these, as under the `u` flag.
 */
export const letter = 1;
export const number = 2;
export const upper = 4;
export const space = 8;
/** A code point that is a letter or a number (`[\p{L}\p{N}]`). */
export const alnum = letter | number;

/**
 * The classes of the Basic Multilingual Plane, found by the regular expressions themselves (so
 * they agree by construction), once, when the module loads: about 15 ms, which a table lookup per
 * character (instead of a branch to a lazily filled one) repays within a few thousand articles.
 */
const plane = classifyPlane();

/** The classes of a code point (not a code unit: see `codePointAt`). */
export function charClass(cp: number): number {
  return cp <= 0xffff ? (plane[cp] ?? 0) : classOf(String.fromCodePoint(cp));
}

/** The code point at `i` of a text: its code unit, or the surrogate pair it opens (as `String.prototype.codePointAt`). */
export function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return (c & 0xfc00) === 0xd800 ? (text.codePointAt(i) ?? c) : c;
}

function classOf(s: string): number {
  return (/\p{L}/u.test(s) ? letter : 0) | (/\p{N}/u.test(s) ? number : 0) | (/\p{Lu}/u.test(s) ? upper : 0) | (/\s/u.test(s) ? space : 0);
}

function classifyPlane(): Uint8Array {
  // Every code unit but the surrogates (which would pair up, and are in no class), matched once
  // per class: much faster than a test per code unit.
  const units = new Uint16Array(0x10000 - 0x800);
  for (let i = 0; i < units.length; i++) units[i] = i < 0xd800 ? i : i + 0x800;
  const all = new TextDecoder('utf-16le').decode(units);
  const table = new Uint8Array(0x10000);
  const classes: [RegExp, number][] = [[/\p{L}+/gu, letter], [/\p{N}+/gu, number], [/\p{Lu}+/gu, upper], [/\s+/gu, space]];
  for (const [pattern, bit] of classes) {
    for (const m of all.matchAll(pattern)) {
      for (let i = m.index; i < m.index + m[0].length; i++) {
        const unit = units[i] ?? 0;
        table[unit] = (table[unit] ?? 0) | bit;
      }
    }
  }
  return table;
}
