import type { DocumentCounts, FieldCounts } from './minisearch-internals.ts';
import { fields, processTerm, separator, type SearchDocument } from './options.ts';

/**
 * `countDocument`'s counts, made without cutting the text into strings. The text is scanned once,
 * code unit by code unit: each word is hashed as it is read and looked up in a table of the words
 * met before, compared with their code units kept side by side (`text.split(separator)` made a
 * string of every word, and two maps hashed each again: at 10,000 articles 2.9 s, against
 * 1.3 s here). A word is made a string, and a term (`processTerm`), only the first time it is met.
 * Same counts, same order of terms (first occurrence), same numbers of distinct words as
 * `countDocument`: `tests/unit/search/term-counter.test.ts` checks it on random and real text.
 */
export class TermCounter {
  /**
   * Open addressing, four numbers a slot: the word's hash, its number + 1 (0: an empty slot), and
   * where its code units start in `#chars` and how many there are; so that a probe reads one slot
   * and then the word's code units, and nothing else.
   */
  #table = new Int32Array(4 << 16);
  #chars = new Uint16Array(1 << 18);
  #charsUsed = 0;
  #words = 0;
  /** By word number: its term's number (−1: none, a stop word or the empty word), and the last pass it was counted in. */
  #termOf = new Int32Array(1 << 15);
  #wordSeen = new Int32Array(1 << 15);
  /** By term number: the term, and its frequency in the field being counted (valid where `#termSeen` is the pass). */
  readonly #terms: string[] = [];
  readonly #termIds = new Map<string, number>();
  #termSeen = new Int32Array(1 << 15);
  #termCount = new Int32Array(1 << 15);
  /** Each field counted is a pass, so that the marks by word and term need no clearing. */
  #pass = 0;
  /** The word numbers of the field being counted, in order. */
  #found = new Int32Array(1 << 12);
  readonly #maxWords: number;

  /** Past `maxWords` distinct words, the table starts again (between documents), so that its memory stays bounded. */
  constructor(maxWords = 2_000_000) {
    this.#maxWords = maxWords;
  }

  /** `countDocument(doc)`. */
  count(doc: SearchDocument): DocumentCounts {
    if (this.#words > this.#maxWords) this.#forgetWords();
    return fields.map((field) => this.#countField(doc[field]));
  }

  #countField(text: string): FieldCounts {
    const count = this.#scan(text);
    const pass = ++this.#pass;
    const found = this.#found;
    const termOf = this.#termOf;
    const wordSeen = this.#wordSeen;
    const termSeen = this.#termSeen;
    const termCount = this.#termCount;
    const order: number[] = [];
    let distinct = 0;
    for (let k = 0; k < count; k++) {
      const word = found[k] ?? 0;
      if (wordSeen[word] !== pass) {
        wordSeen[word] = pass;
        distinct++;
      }
      const term = termOf[word] ?? -1;
      if (term < 0) continue;
      if (termSeen[term] === pass) termCount[term] = (termCount[term] ?? 0) + 1;
      else {
        termSeen[term] = pass;
        termCount[term] = 1;
        order.push(term);
      }
    }
    return { length: distinct, terms: order.map((term) => this.#terms[term] ?? ''), freqs: order.map((term) => termCount[term] ?? 0) };
  }

  /**
   * The numbers of the words of `text`, as `text.split(separator)` cuts them, into `#found`: a word
   * runs to the next separator, and `split` gives an empty word before a leading separator, after
   * a trailing one, and for empty text. Returns how many.
   */
  #scan(text: string): number {
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
    if (id >= this.#termOf.length) {
      this.#termOf = grown(this.#termOf, 2 * this.#termOf.length);
      this.#wordSeen = grown(this.#wordSeen, 2 * this.#wordSeen.length);
    }
    const length = end - start;
    const from = this.#charsUsed;
    if (from + length > this.#chars.length) this.#chars = grown16(this.#chars, Math.max(2 * this.#chars.length, from + length));
    for (let k = 0; k < length; k++) this.#chars[from + k] = text.charCodeAt(start + k);
    this.#charsUsed += length;
    this.#table.set([hash, id + 1, from, length], at);
    const term = processTerm(text.slice(start, end));
    this.#termOf[id] = term === null ? -1 : this.#termId(term);
    this.#wordSeen[id] = 0;
    // Kept at most half full, so that a probe ends soon.
    if (4 * this.#words > this.#table.length >> 1) this.#rehash(2 * this.#table.length);
    return id;
  }

  #termId(term: string): number {
    let id = this.#termIds.get(term);
    if (id !== undefined) return id;
    id = this.#terms.length;
    // Its own copy: a longer slice of the text would keep the whole document.
    this.#terms.push(term.length < 13 ? term : [...term].join(''));
    this.#termIds.set(term, id);
    if (id >= this.#termSeen.length) {
      this.#termSeen = grown(this.#termSeen, 2 * this.#termSeen.length);
      this.#termCount = grown(this.#termCount, 2 * this.#termCount.length);
    }
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

  #forgetWords(): void {
    this.#table = new Int32Array(4 << 16);
    this.#chars = new Uint16Array(1 << 18);
    this.#charsUsed = 0;
    this.#words = 0;
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

function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}

function grown16(array: Uint16Array, length: number): Uint16Array<ArrayBuffer> {
  const copy = new Uint16Array(length);
  copy.set(array);
  return copy;
}
