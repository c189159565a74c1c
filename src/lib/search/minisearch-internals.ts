import MiniSearch, { type AsPlainObject } from 'minisearch';
import { fields, miniSearchOptions, processTerm, tokenize, type SearchDocument } from './options.ts';
import { PostingLists } from './posting-lists.ts';

/**
 * Everything the sharded index assumes about MiniSearch beyond its documented API, in one place:
 * how `add` counts (which `invertDocuments` repeats at build time, without the radix tree),
 * the serialization `loadJS` reads (version 2: `createEngine`), and its private term index
 * (`addPostings`). `tests/unit/search/minisearch-internals.test.ts` checks each against the
 * installed MiniSearch and fails on any other version: read this module again before moving
 * the pin in package.json.
 */

/** The MiniSearch these internals were checked against (package.json pins it exactly). */
export const miniSearchVersion = '7.2.0';

/** The serialization version `MiniSearch.loadJS` is given, as its `toJSON` writes it. */
export const serializationVersion = 2;

/** An archive's documents as MiniSearch's `add` would count them. */
export interface InvertedDocuments {
  /** For each term, its postings in each field (order of `fields`), as `[gap, freq, …]`. */
  readonly postings: PostingLists;
  /** `fieldLength[field][doc]`: the number of distinct tokens of that field. */
  readonly fieldLength: number[][];
  /** Each field's mean length, to the last bit as MiniSearch's running mean gives it. */
  readonly averageFieldLength: number[];
}

/** What `add` counts of one document's field: its distinct tokens (before processing), and each term with its frequency. */
export interface FieldCounts {
  readonly length: number;
  readonly terms: readonly string[];
  readonly freqs: readonly number[];
}

/** What `add` counts of one document, field by field (order of `fields`). */
export type DocumentCounts = readonly FieldCounts[];

/**
 * A document's counts as MiniSearch's `add` makes them: per field, the number of distinct tokens
 * (before processing, as MiniSearch counts them) and each processed term's frequency, in the
 * order the terms first come.
 */
export function countDocument(doc: SearchDocument): DocumentCounts {
  const tokenCounts = new Map<string, number>();
  const counts = new Map<string, number>();
  return fields.map((field) => {
    tokenCounts.clear();
    for (const token of tokenize(doc[field])) tokenCounts.set(token, (tokenCounts.get(token) ?? 0) + 1);
    counts.clear();
    for (const [token, n] of tokenCounts) {
      const term = processTerm(token);
      if (term) counts.set(term, (counts.get(term) ?? 0) + n);
    }
    return { length: tokenCounts.size, terms: [...counts.keys()], freqs: [...counts.values()] };
  });
}

/**
 * The inverted index MiniSearch's `add` builds, without its radix tree (too slow at archive
 * scale): per term and field, each document's term frequency, written directly as
 * `[gap, freq, …]` (documents come in ascending order, numbered by `id`); per document and field,
 * the number of distinct tokens; per field, the running mean of those lengths, computed in
 * MiniSearch's order so the floats are identical. Each document is counted first (`count`, which a
 * caller may answer from counts kept from an earlier build), so the shared postings are touched
 * once per distinct term. The documents may come one at a time (a generator): none need be held
 * after it is counted.
 */
export function invertDocuments(docs: Iterable<SearchDocument>, count: (doc: SearchDocument) => DocumentCounts = countDocument): InvertedDocuments {
  const inverter = documentInverter(count);
  for (const doc of docs) inverter.add(doc);
  return inverter.done();
}

/** `invertDocuments` a document at a time: `add` each in turn, then `done` gives the index. */
export interface DocumentInverter {
  add(doc: SearchDocument): void;
  done(): InvertedDocuments;
}

export function documentInverter(count: (doc: SearchDocument) => DocumentCounts = countDocument): DocumentInverter {
  const postings = new PostingLists(fields.length);
  const fieldLength = fields.map((): number[] => []);
  const averageFieldLength = fields.map(() => 0);
  let n = 0;
  return {
    add(doc) {
      count(doc).forEach(({ length, terms, freqs }, fieldId) => {
        (fieldLength[fieldId] as number[])[doc.id] = length;
        averageFieldLength[fieldId] = ((averageFieldLength[fieldId] ?? 0) * n + length) / (n + 1);
        for (let k = 0; k < terms.length; k++) postings.add(terms[k] ?? '', fieldId, doc.id, freqs[k] ?? 0);
      });
      n++;
    },
    done() {
      // Every document numbered below the count has its length, as MiniSearch's arrays have.
      for (const lengths of fieldLength) for (let doc = 0; doc < n; doc++) lengths[doc] ??= 0;
      return { postings, fieldLength, averageFieldLength };
    },
  };
}

/** The global statistics an engine starts from (the manifest's). */
export interface EngineStatistics {
  readonly documentCount: number;
  readonly averageFieldLength: readonly number[];
  /** `fieldLength[field][doc]`. */
  readonly fieldLength: readonly (readonly number[])[];
}

/**
 * A MiniSearch with the archive's global statistics and no terms: what `loadJS` makes of a
 * serialized index (version 2) whose term index is empty. Documents are numbered 0 … n − 1 and
 * are their own ids.
 */
export function createEngine(statistics: EngineStatistics): MiniSearch<SearchDocument> {
  const documentIds: Record<string, number> = {};
  const fieldLength: Record<string, number[]> = {};
  for (let doc = 0; doc < statistics.documentCount; doc++) {
    documentIds[doc] = doc;
    fieldLength[doc] = fields.map((_, f) => statistics.fieldLength[f]?.[doc] ?? 0);
  }
  const serialized: AsPlainObject = {
    documentCount: statistics.documentCount,
    nextId: statistics.documentCount,
    documentIds,
    fieldIds: Object.fromEntries(fields.map((field, id) => [field, id])),
    fieldLength,
    averageFieldLength: [...statistics.averageFieldLength],
    storedFields: {},
    dirtCount: 0,
    index: [],
    serializationVersion,
  };
  const engine = MiniSearch.loadJS(serialized, miniSearchOptions);
  termIndexOf(engine);
  return engine;
}

/**
 * The part of MiniSearch's private state that `loadJS` fills: its term index (a radix tree of
 * term → field id → document → term frequency). MiniSearch has no public way to add a term's
 * postings without the documents, so terms are added the way `loadJS` adds serialized ones.
 */
interface TermIndex {
  set(term: string, data: Map<number, Map<number, number>>): unknown;
}

/** The engine's term index; throws, naming the version, when this MiniSearch keeps it elsewhere. */
function termIndexOf(engine: MiniSearch<SearchDocument>): TermIndex {
  const index = (engine as unknown as { readonly _index?: Partial<TermIndex> })._index;
  if (typeof index?.set !== 'function') {
    throw new Error(`MiniSearch: no private term index (_index) with a set method, which search needs; it was written for MiniSearch ${miniSearchVersion}. See src/lib/search/minisearch-internals.ts.`);
  }
  return index as TermIndex;
}

/**
 * Add terms to the engine's term index: each term with its postings in each field (order of
 * `fields`, `[gap, freq, …]`, an empty list where the term is absent), as a shard file holds
 * them. A term already there is replaced.
 */
export function addPostings(engine: MiniSearch<SearchDocument>, terms: readonly (readonly [term: string, ...byField: (readonly number[])[]])[]): void {
  const index = termIndexOf(engine);
  for (const [term, ...byField] of terms) {
    const data = new Map<number, Map<number, number>>();
    byField.forEach((postings, fieldId) => {
      if (postings.length === 0) return;
      const freqs = new Map<number, number>();
      let doc = 0;
      for (let i = 0; i + 1 < postings.length; i += 2) {
        doc += postings[i] ?? 0;
        freqs.set(doc, postings[i + 1] ?? 0);
      }
      data.set(fieldId, freqs);
    });
    index.set(term, data);
  }
}
