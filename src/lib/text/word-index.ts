/**
 * The distinct words of one text, numbered 0, 1, 2… in order of first use, for scanners that meet
 * each word as a span of the text and its hash: a repeat is found by comparing char codes in the
 * text, so no string is made for it and no `Map` hashes one (the bulk of counting words in a body).
 * Equal spans always get one number; the hash only has to be the same for equal spans.
 */
export class WordIndex {
  readonly #text: string;
  /** Open addressing: each slot holds a word's number plus one, or 0 when free. */
  #slots = new Int32Array(1024);
  /** Each word's start, end and hash, three numbers a word. */
  #spans = new Int32Array(3 * 512);
  #size = 0;

  constructor(text: string) {
    this.#text = text;
  }

  /** How many distinct words there are. */
  get size(): number {
    return this.#size;
  }

  /** The number of the word the text holds from `from` to `to` (exclusive), given its hash (32 bits, signed or not). */
  id(from: number, to: number, hash: number): number {
    hash |= 0;
    const mask = this.#slots.length - 1;
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const held = this.#slots[at] ?? 0;
      if (held === 0) return this.#add(at, from, to, hash);
      if (this.#spans[3 * held - 1] === hash && this.#same(held - 1, from, to)) return held - 1;
    }
  }

  /** A word, as a string. */
  word(id: number): string {
    return this.#text.slice(this.#spans[3 * id] ?? 0, this.#spans[3 * id + 1] ?? 0);
  }

  #same(id: number, from: number, to: number): boolean {
    const start = this.#spans[3 * id] ?? 0;
    if ((this.#spans[3 * id + 1] ?? 0) - start !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (this.#text.charCodeAt(start + i) !== this.#text.charCodeAt(from + i)) return false;
    return true;
  }

  #add(at: number, from: number, to: number, hash: number): number {
    const id = this.#size++;
    if (3 * this.#size > this.#spans.length) {
      const spans = new Int32Array(2 * this.#spans.length);
      spans.set(this.#spans);
      this.#spans = spans;
    }
    this.#spans[3 * id] = from;
    this.#spans[3 * id + 1] = to;
    this.#spans[3 * id + 2] = hash;
    this.#slots[at] = id + 1;
    // At most half full, so that a probe ends soon.
    if (2 * this.#size > this.#slots.length) this.#rehash();
    return id;
  }

  #rehash(): void {
    this.#slots = new Int32Array(2 * this.#slots.length);
    const mask = this.#slots.length - 1;
    for (let id = 0; id < this.#size; id++) {
      let at = (this.#spans[3 * id + 2] ?? 0) & mask;
      while ((this.#slots[at] ?? 0) !== 0) at = (at + 1) & mask;
      this.#slots[at] = id + 1;
    }
  }
}
