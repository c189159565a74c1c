import type { DocumentCounts, FieldCounts } from './minisearch-internals.ts';
import { fields, type SearchDocument } from './options.ts';
import { grown, WordTable } from './word-table.ts';

/**
 * `countDocument`'s counts, made from the words' numbers in a `WordTable` rather than from a
 * string per word: same counts, same order of terms (first occurrence), same numbers of distinct
 * words, as `tests/unit/search/term-counter.test.ts` checks against `countDocument` on random and
 * real text.
 */
export class TermCounter {
  readonly #table = new WordTable();
  /** By word number, and by term number: the last pass (field counted) it was seen in. */
  #wordSeen = new Int32Array(1 << 15);
  #termSeen = new Int32Array(1 << 15);
  /** By term number: its frequency in the field being counted (valid where `#termSeen` is the pass). */
  #termCount = new Int32Array(1 << 15);
  /** Each field counted is a pass, so that the marks by word and term need no clearing. */
  #pass = 0;
  readonly #maxWords: number;

  /** Past `maxWords` distinct words, the table starts again (between documents: a document's counts hold terms, not numbers), so that its memory stays bounded. */
  constructor(maxWords = 2_000_000) {
    this.#maxWords = maxWords;
  }

  /** `countDocument(doc)`. */
  count(doc: SearchDocument): DocumentCounts {
    if (this.#table.size > this.#maxWords) this.#table.forget();
    return fields.map((field) => this.#countField(doc[field]));
  }

  #countField(text: string): FieldCounts {
    const table = this.#table;
    const count = table.scan(text);
    if (table.size > this.#wordSeen.length) this.#wordSeen = grown(this.#wordSeen, 2 * table.size);
    if (table.terms > this.#termSeen.length) {
      this.#termSeen = grown(this.#termSeen, 2 * table.terms);
      this.#termCount = grown(this.#termCount, 2 * table.terms);
    }
    const pass = ++this.#pass;
    const found = table.found;
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
      const term = table.termOf(word);
      if (term < 0) continue;
      if (termSeen[term] === pass) termCount[term] = (termCount[term] ?? 0) + 1;
      else {
        termSeen[term] = pass;
        termCount[term] = 1;
        order.push(term);
      }
    }
    return { length: distinct, terms: order.map((term) => table.term(term)), freqs: order.map((term) => termCount[term] ?? 0) };
  }
}
