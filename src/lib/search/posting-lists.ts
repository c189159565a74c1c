/**
 * Each term's postings in each field, as `[gap, freq, …]` (the gap from the term's last document
 * in that field), kept as bytes in fixed pages rather than a JavaScript array per term and field.
 * At 100,000 articles there are millions of such lists: as arrays they filled the heap with
 * objects the garbage collector walked again and again (57 s to invert the documents, 4.4 GB).
 * A list is a chain of blocks of `blockBytes` bytes; each number is written as a variable-length
 * integer (seven bits a byte), so a gap between neighbouring documents and a small frequency take
 * a byte each: about 2 bytes a posting where two 32-bit integers took 8. The blocks live in pages
 * of a fixed size, added as they fill, so the store never copies itself to grow: one array doubled
 * had old and new copies alive together, gigabytes at 1,000,000 articles. `get` reads one term's
 * lists back as arrays, when its shard is written.
 */
export class PostingLists {
  readonly #fields: number;
  /** Term → its number, in the order terms were first added. */
  readonly #ids = new Map<string, number>();
  /** By list (`term number × fields + field`): its first and last block (−1: none), the bytes used in its last block, its last document. */
  #head = new Int32Array(1 << 12).fill(-1);
  #tail = new Int32Array(1 << 12);
  #used = new Int32Array(1 << 12);
  #last = new Int32Array(1 << 12);
  /** The blocks' bytes and each block's next block (−1: none), `blocksPerPage` blocks a page. */
  readonly #bytes: Uint8Array[] = [];
  readonly #next: Int32Array[] = [];
  #blocks = 0;

  constructor(fields: number) {
    this.#fields = fields;
  }

  /** Add document `doc` (not below the last added to this term and field) with the term's frequency in it. */
  add(term: string, field: number, doc: number, freq: number): void {
    let id = this.#ids.get(term);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(term, id);
    }
    const list = id * this.#fields + field;
    if (list >= this.#head.length) this.#growLists(list);
    if (this.#head[list] === -1) {
      const fresh = this.#newBlock();
      this.#head[list] = this.#tail[list] = fresh;
      this.#used[list] = 0;
    }
    this.#put(list, doc - (this.#last[list] ?? 0));
    this.#put(list, freq);
    this.#last[list] = doc;
  }

  /** The terms, in the order they were first added. */
  keys(): IterableIterator<string> {
    return this.#ids.keys();
  }

  get size(): number {
    return this.#ids.size;
  }

  /** A term's `[gap, freq, …]` in each field (empty for a field without it); undefined for a term never added. */
  get(term: string): number[][] | undefined {
    const id = this.#ids.get(term);
    if (id === undefined) return undefined;
    return Array.from({ length: this.#fields }, (_, field) => this.#read(id * this.#fields + field));
  }

  /** Append a non-negative integer to a list, seven bits a byte, low bits first, the high bit set on every byte but the last. */
  #put(list: number, value: number): void {
    let rest = value;
    for (;;) {
      let block = this.#tail[list] ?? 0;
      let used = this.#used[list] ?? 0;
      if (used === blockBytes) {
        const fresh = this.#newBlock();
        (this.#next[block >>> pageShift] as Int32Array)[block & pageMask] = fresh;
        this.#tail[list] = block = fresh;
        used = 0;
      }
      const byte = rest & 0x7f;
      rest = Math.floor(rest / 128);
      (this.#bytes[block >>> pageShift] as Uint8Array)[(block & pageMask) * blockBytes + used] = rest === 0 ? byte : byte | 0x80;
      this.#used[list] = used + 1;
      if (rest === 0) return;
    }
  }

  /** A list's numbers, in the order they were put. */
  #read(list: number): number[] {
    const values: number[] = [];
    let value = 0;
    let scale = 1;
    for (let block = this.#head[list] ?? -1; block !== -1; block = (this.#next[block >>> pageShift] as Int32Array)[block & pageMask] ?? -1) {
      const bytes = this.#bytes[block >>> pageShift] as Uint8Array;
      const start = (block & pageMask) * blockBytes;
      const end = start + (block === this.#tail[list] ? (this.#used[list] ?? 0) : blockBytes);
      for (let at = start; at < end; at++) {
        const byte = bytes[at] ?? 0;
        value += (byte & 0x7f) * scale;
        if (byte < 0x80) {
          values.push(value);
          value = 0;
          scale = 1;
        } else scale *= 128;
      }
    }
    return values;
  }

  #newBlock(): number {
    const block = this.#blocks++;
    const page = block >>> pageShift;
    if (page === this.#bytes.length) {
      this.#bytes.push(new Uint8Array(blocksPerPage * blockBytes));
      this.#next.push(new Int32Array(blocksPerPage));
    }
    (this.#next[page] as Int32Array)[block & pageMask] = -1;
    return block;
  }

  #growLists(list: number): void {
    let length = this.#head.length;
    while (length <= list) length *= 2;
    this.#head = grown(this.#head, length, -1);
    this.#tail = grown(this.#tail, length);
    this.#used = grown(this.#used, length);
    this.#last = grown(this.#last, length);
  }
}

/** Bytes per block: about sixteen postings of a common term (a byte for its gap, a byte for its frequency). Most terms are rare, so a larger block would mostly stand empty. */
const blockBytes = 32;

/** Blocks per page (a power of two): pages of 2 MB of bytes and 256 kB of links. */
const pageShift = 16;
const blocksPerPage = 1 << pageShift;
const pageMask = blocksPerPage - 1;

/** A copy of `array` `length` long, the new places set to `fill`. */
function grown(array: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  if (fill !== 0) copy.fill(fill, array.length);
  copy.set(array);
  return copy;
}
