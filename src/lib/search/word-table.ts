import { processTerm, separator } from './options.ts';

/**
 * The words of texts as `tokenize` cuts them (`text.split(separator)`), numbered without making a
 * string of each. A text is scanned once, code unit by code unit: each word is hashed as it is
 * read and found in an open-addressing table of the words met before, compared by their code
 * units kept side by side. A word is made a string, and its term (`processTerm`), only the first
 * time the table meets it; the same word keeps its number, and so does the same term, until `forget`.
 * `text.split` made a string of every word, which every map it went through hashed again: at
 * 10,000 articles the index's counting took 2.9 s that way and 1.3 s with this table.
 */
export class WordTable {
  /**
   * Four numbers a slot: the word's hash, its number + 1 (0: an empty slot), and where its code
   * units start in `#chars` and how many there are; so that a probe reads one slot and then the
   * word's code units, and nothing else.
   */
  #table = new Int32Array(4 << 16);
  #chars = new Uint16Array(1 << 18);
  /** By word number + 1: where the word's code units end in `#chars` (words are added in order). */
  #ends = new Int32Array(1 << 15);
  #words = 0;
  /** By word number: its term's number (−1: none, a stop word or the empty word). */
  #termOf = new Int32Array(1 << 15);
  #terms: string[] = [];
  #termIds = new Map<string, number>();
  /** The numbers of the words of the text last scanned, in order. */
  #found = new Int32Array(1 << 12);

  /** How many words the table holds; numbers run from 0 to this. */
  get size(): number {
    return this.#words;
  }

  /** How many terms there are; numbers run from 0 to this. */
  get terms(): number {
    return this.#terms.length;
  }

  /** The numbers of the words of the text last scanned (`scan` says how many), valid until the next scan. */
  get found(): Int32Array {
    return this.#found;
  }

  /** A word as written. */
  word(id: number): string {
    const codes = this.#chars.subarray(this.#ends[id] ?? 0, this.#ends[id + 1] ?? 0);
    // A few thousand code units at a time: a word can be longer than a call takes arguments.
    let word = '';
    for (let at = 0; at < codes.length; at += 4096) word += String.fromCharCode(...codes.subarray(at, at + 4096));
    return word;
  }

  /** A word's length in code units. */
  length(id: number): number {
    return (this.#ends[id + 1] ?? 0) - (this.#ends[id] ?? 0);
  }

  /** The number of a word's term (`processTerm` of it), −1 when it has none. */
  termOf(id: number): number {
    return this.#termOf[id] ?? -1;
  }

  /** A term by its number. */
  term(id: number): string {
    return this.#terms[id] ?? '';
  }

  /**
   * Forget every word and term, so that the table's memory stays bounded (an archive's distinct
   * words keep coming: names, numbers, misspellings). Numbers given before mean nothing after.
   */
  forget(): void {
    this.#table = new Int32Array(4 << 16);
    this.#chars = new Uint16Array(1 << 18);
    this.#words = 0;
    this.#terms = [];
    this.#termIds = new Map();
  }

  /**
   * Number the words of `text` into `found`, as `text.split(separator)` cuts them: a word runs to
   * the next separator, and `split` gives an empty word before a leading separator, after a
   * trailing one, and for empty text. Returns how many.
   */
  scan(text: string): number {
    const n = text.length;
    let count = 0;
    let at = 0;
    for (;;) {
      const start = at;
      let hash = 0x811c9dc5 | 0;
      for (; at < n; at++) {
        const code = text.charCodeAt(at);
        if (code < 128 ? asciiSeparator[code] === 1 : separatorWidth(text, at) > 0) break;
        hash = Math.imul(hash ^ code, 0x01000193);
      }
      if (count === this.#found.length) this.#found = grown(this.#found, 2 * count);
      this.#found[count++] = this.#wordAt(text, start, at, hash);
      if (at >= n) return count;
      while (at < n) {
        const code = text.charCodeAt(at);
        const width = code < 128 ? (asciiSeparator[code] ?? 0) : separatorWidth(text, at);
        if (width === 0) break;
        at += width;
      }
    }
  }

  /** The number of the word `text[start, end)`, whose hash is `hash`; a word not met before is added. */
  #wordAt(text: string, start: number, end: number, hash: number): number {
    const length = end - start;
    const table = this.#table;
    const chars = this.#chars;
    const mask = (table.length >> 2) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << 2;
      const held = (table[at + 1] ?? 0) - 1;
      if (held < 0) return this.#addWord(text, start, end, hash, at);
      if (table[at] !== hash || table[at + 3] !== length) continue;
      const from = table[at + 2] ?? 0;
      let k = 0;
      while (k < length && chars[from + k] === text.charCodeAt(start + k)) k++;
      if (k === length) return held;
    }
  }

  #addWord(text: string, start: number, end: number, hash: number, at: number): number {
    const id = this.#words++;
    if (id + 1 >= this.#ends.length) {
      this.#ends = grown(this.#ends, 2 * this.#ends.length);
      this.#termOf = grown(this.#termOf, 2 * this.#termOf.length);
    }
    const length = end - start;
    const from = this.#ends[id] ?? 0;
    if (from + length > this.#chars.length) this.#chars = grown(this.#chars, Math.max(2 * this.#chars.length, from + length));
    for (let k = 0; k < length; k++) this.#chars[from + k] = text.charCodeAt(start + k);
    this.#ends[id + 1] = from + length;
    this.#table.set([hash, id + 1, from, length], at);
    const term = processTerm(text.slice(start, end));
    this.#termOf[id] = term === null ? -1 : this.#termId(term);
    // Kept at most half full, so that a probe ends soon.
    if (this.#words > this.#table.length >> 3) this.#rehash(2 * this.#table.length);
    return id;
  }

  #termId(term: string): number {
    let id = this.#termIds.get(term);
    if (id !== undefined) return id;
    id = this.#terms.length;
    // Its own copy: a longer slice of the text would keep the whole text.
    this.#terms.push(term.length < 13 ? term : [...term].join(''));
    this.#termIds.set(term, id);
    return id;
  }

  #rehash(size: number): void {
    const old = this.#table;
    const table = new Int32Array(size);
    const mask = (size >> 2) - 1;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 1] === 0) continue;
      let slot = (old[at] ?? 0) & mask;
      while (table[(slot << 2) + 1] !== 0) slot = (slot + 1) & mask;
      table.set(old.subarray(at, at + 4), slot << 2);
    }
    this.#table = table;
  }
}

/**
 * How many code units of `text` at `at` are a separator (`separator`'s class: a line break, a
 * space, a punctuation mark or a symbol; a surrogate pair is one character): 0 when none.
 */
function separatorWidth(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 128) return asciiSeparator[code] ?? 0;
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return isAstralSeparator(text.slice(at, at + 2)) ? 2 : 0;
  }
  let known = planeClass[code] ?? 0;
  if (known === 0) {
    known = separatorAlone.test(String.fromCharCode(code)) ? 1 : 2;
    planeClass[code] = known;
  }
  return known === 1 ? 1 : 0;
}

const separatorAlone = new RegExp(`^${separator.source}$`, separator.flags);
const astral = new Map<string, boolean>();

function isAstralSeparator(pair: string): boolean {
  let known = astral.get(pair);
  if (known === undefined) {
    known = separatorAlone.test(pair);
    astral.set(pair, known);
  }
  return known;
}

/** 1 where an ASCII code is a separator. */
const asciiSeparator = Uint8Array.from({ length: 128 }, (_, code) => (separatorAlone.test(String.fromCharCode(code)) ? 1 : 0));
/** The other code units of the basic plane, learnt as they come: 0 not known yet, 1 a separator, 2 not one. */
const planeClass = new Uint8Array(1 << 16);

/** A copy of `array`, `length` long (not shorter than it), of the same kind of typed array; the new places are 0. */
export function grown<T extends Int32Array<ArrayBuffer> | Uint16Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: T, length: number): T {
  const copy = new (array.constructor as new (length: number) => T)(length);
  copy.set(array);
  return copy;
}
