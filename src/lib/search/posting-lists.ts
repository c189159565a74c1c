/**
 * Each term's postings in each field, as `[gap, freq, …]` (the gap from the term's last document
 * in that field), kept in a few large integer arrays rather than a JavaScript array per term and
 * field. At 100,000 articles there are millions of such lists: as arrays they filled the heap
 * with objects the garbage collector walked again and again (57 s to invert the documents, 4.4 GB);
 * in blocks of plain integers it has nothing to walk (26 s, 2.4 GB). A list is a chain of blocks
 * of `blockInts` integers; `get` reads one term's lists back as arrays, when its shard is written.
 */
export class PostingLists {
  readonly #fields: number;
  /** Term → its number, in the order terms were first added. */
  readonly #ids = new Map<string, number>();
  /** By list (`term number × fields + field`): its first and last block (−1: none), the integers used in its last block, its last document. */
  #head = new Int32Array(1 << 12).fill(-1);
  #tail = new Int32Array(1 << 12);
  #used = new Int32Array(1 << 12);
  #last = new Int32Array(1 << 12);
  /** The blocks' integers, and each block's next block (−1: none). */
  #data = new Int32Array(blockInts << 12);
  #next = new Int32Array(1 << 12);
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
    let block = this.#tail[list] ?? 0;
    if (this.#head[list] === -1 || this.#used[list] === blockInts) {
      const fresh = this.#newBlock();
      if (this.#head[list] === -1) this.#head[list] = fresh;
      else this.#next[block] = fresh;
      this.#tail[list] = block = fresh;
      this.#used[list] = 0;
    }
    const at = block * blockInts + (this.#used[list] ?? 0);
    this.#data[at] = doc - (this.#last[list] ?? 0);
    this.#data[at + 1] = freq;
    this.#used[list] = (this.#used[list] ?? 0) + 2;
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
    return Array.from({ length: this.#fields }, (_, field) => {
      const list = id * this.#fields + field;
      const values: number[] = [];
      for (let block = this.#head[list] ?? -1; block !== -1; block = this.#next[block] ?? -1) {
        const end = block === this.#tail[list] ? (this.#used[list] ?? 0) : blockInts;
        for (let k = 0; k < end; k++) values.push(this.#data[block * blockInts + k] ?? 0);
      }
      return values;
    });
  }

  #newBlock(): number {
    const block = this.#blocks++;
    if (block >= this.#next.length) {
      this.#next = grown(this.#next, this.#next.length * 2);
      this.#data = grown(this.#data, this.#data.length * 2);
    }
    this.#next[block] = -1;
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

/** Integers per block: four postings. Most terms are rare, so a larger block would mostly stand empty. */
const blockInts = 8;

/** A copy of `array` `length` long, the new places set to `fill`. */
function grown(array: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  if (fill !== 0) copy.fill(fill, array.length);
  copy.set(array);
  return copy;
}
