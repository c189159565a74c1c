import { alnum, charClass, codePointAt, space, upper } from '../text/char-class.ts';

/**
 * A paragraph's tokens, read where they are needed rather than listed: the matches of
 * `/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu`, that is words (letters and numbers,
 * joined by single hyphens and apostrophes: "al-Assad", "Erdoğan’s") and single other characters
 * but spaces. Names start at capitalised words, a few in a paragraph, which a search for a plain
 * character class finds without reading the words between them one by one.
 */

/**
 * Code units that may be part of a capital: A to Z, the Latin-1 capitals, and everything from
 * U+0100 on (surrogates included). Looking for these is fast on any text; a character class of
 * all capitals (`\p{Lu}`) or a look-behind is slow on text that is not Latin-1. Its `lastIndex`
 * is set before each search.
 */
const maybeCapital = /[A-Z\u00c0-\u00de\u0100-\uffff]/g;

/**
 * Where the first token at or after `from` that starts with a capital (`^\p{Lu}`) starts, or -1:
 * a capital with no letter or number before it, nor one and a joiner ("al-Assad"'s "A" is inside
 * a word).
 */
export function nextCapitalised(text: string, from: number): number {
  maybeCapital.lastIndex = from;
  while (maybeCapital.test(text)) {
    const at = maybeCapital.lastIndex - 1;
    if ((charClass(codePointAt(text, at)) & upper) !== 0 && startsToken(text, at)) return at;
  }
  return -1;
}

/** Whether a letter or number at `at` starts a token, rather than going on with the word before it. */
function startsToken(text: string, at: number): boolean {
  if (at === 0) return true;
  if ((charClass(codePointBefore(text, at)) & alnum) !== 0) return false;
  return at < 2 || !isJoiner(text.charCodeAt(at - 1)) || (charClass(codePointBefore(text, at - 1)) & alnum) === 0;
}

/** Where the token that starts at `start` ends. */
export function tokenEnd(text: string, start: number): number {
  const cp = codePointAt(text, start);
  if ((charClass(cp) & alnum) === 0) return start + (cp > 0xffff ? 2 : 1);
  let i = alnumEnd(text, start);
  while (i + 1 < text.length && isJoiner(text.charCodeAt(i)) && (charClass(codePointAt(text, i + 1)) & alnum) !== 0) i = alnumEnd(text, i + 1);
  return i;
}

/** Where the first token at or after `from` starts, or the text's length when none does. */
export function tokenStart(text: string, from: number): number {
  let i = from;
  // Spaces are all in the Basic Multilingual Plane, and no surrogate is one.
  while (i < text.length && (charClass(text.charCodeAt(i)) & space) !== 0) i++;
  return i;
}

/** The token before the one that starts at `start`, or "." when it is the paragraph's first. */
export function tokenBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && (charClass(text.charCodeAt(end - 1)) & space) !== 0) end--;
  if (end === 0) return '.';
  const last = codePointBefore(text, end);
  if ((charClass(last) & alnum) === 0) return text.slice(end - (last > 0xffff ? 2 : 1), end);
  let i = end;
  for (;;) {
    while (i > 0 && (charClass(codePointBefore(text, i)) & alnum) !== 0) i -= codePointBefore(text, i) > 0xffff ? 2 : 1;
    if (i < 2 || !isJoiner(text.charCodeAt(i - 1)) || (charClass(codePointBefore(text, i - 1)) & alnum) === 0) return text.slice(i, end);
    i--;
  }
}

/** Whether a token starts with a capital (`/^\p{Lu}/u`). */
export function isCapitalised(token: string): boolean {
  return token !== '' && (charClass(codePointAt(token, 0)) & upper) !== 0;
}

/** Whether a token is a word (starts with a letter or number), not a mark. */
export function isWord(token: string): boolean {
  return token !== '' && (charClass(codePointAt(token, 0)) & alnum) !== 0;
}

/** Whether a code unit joins two parts of a word: a hyphen or an apostrophe, straight or curly. */
export function isJoiner(c: number): boolean {
  return c === 0x2d || c === 0x27 || c === 0x2019;
}

/** Where the letters and numbers that start at `from` end. */
function alnumEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if ((charClass(cp) & alnum) === 0) return i;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The code point that ends at `end` (a surrogate pair read whole, as the `u` flag reads it). */
function codePointBefore(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (c - 0xdc00) + 0x10000;
  }
  return c;
}
