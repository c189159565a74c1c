import type { ArticleEntities } from '../entities/entity-kinds.ts';
import { buildDigest, docFile, endsFiles, facetFiles, keptGroup, type SearchArticle, type WordLists } from './build-index.ts';
import { madeFile, type IndexFile } from './index-file.ts';
import type { DocumentCounts } from './minisearch-internals.ts';
import { fields } from './options.ts';
import { repackedGroupFiles, shardHolding, type LastGroup } from './repack-group.ts';
import { shardEntries } from './shard-entries.ts';
import { prefixKey } from './shard-key.ts';
import type { SearchManifest, ShardEntry, WordList } from './types.ts';

/**
 * An incremental build's search index: the last build's files, with the few documents changed
 * since put in. Only the word groups that hold a term a changed document had or has are made
 * again, and of those only the shards the change reaches are read (`repackedGroupFiles`); every
 * other file but the small lists is the last build's, unread (its text null).
 * The files are byte for byte those `orderedIndexFiles` makes of all the documents (the tests
 * compare them): the postings of a group are a function of its terms' documents, and no unchanged
 * document has a posting in a group that is not read again.
 */

/** What the index keeps of each document from one build to the next (the documents record, by number). */
export interface DocumentEntry {
  readonly slug: string;
  /** Its collection file's stamp (inode, size, modification and change times): the same stamp, the same article. */
  readonly stamp: string;
  /** The digest of its indexed text (`documentDigest`): its kept counts are filed under it. */
  readonly digest: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly entities: ArticleEntities;
}

/** The last build's index, as an incremental build reads it. */
export interface LastIndex {
  /** Its documents, by number. */
  readonly documents: readonly DocumentEntry[];
  readonly manifest: SearchManifest;
  /** The text of one of its files. */
  read(path: string): string;
  /** The digest of one of its files (from its files record), or undefined when it has none. */
  digest(path: string): string | undefined;
}

/** A document number whose document changed: its counts in the last build, if it had one, and now, if it has one. */
export interface ChangedDocument {
  readonly doc: number;
  readonly before?: DocumentCounts | undefined;
  readonly after?: { readonly article: SearchArticle; readonly counts: DocumentCounts };
}

/** What `patchedIndexFiles` needs: the last index, this build's documents by number, and those changed. */
export interface IndexPatch {
  readonly last: LastIndex;
  readonly documents: readonly DocumentEntry[];
  readonly changed: readonly ChangedDocument[];
}

/** Whether every file `patchedIndexFiles` could keep is in the last build's files record. */
export function canPatch(last: LastIndex, changed: ReadonlySet<number>, documentCount: number): boolean {
  for (let doc = 0; doc < documentCount; doc++) if (!changed.has(doc) && last.digest(`docs/${doc}.json`) === undefined) return false;
  return last.manifest.words.every((key) => last.digest(`words/${key}.json`) !== undefined && shardPaths(key, last.manifest).every((path) => last.digest(path) !== undefined));
}

/**
 * The index files of this build's documents, in `orderedIndexFiles`'s order, from the last
 * build's: document files of changed documents and word groups they touch made again, lists
 * and filters made again, every other file kept (text null, its digest the last build's).
 */
export function* patchedIndexFiles({ last, documents, changed }: IndexPatch, { shardBytes, maxDocText }: { shardBytes: number; maxDocText: number }): Generator<IndexFile> {
  const build = buildDigest();
  const kept = (path: string): IndexFile => {
    const digest = last.digest(path);
    if (digest === undefined) throw new Error(`search index: the last build's files record lacks ${path}; build again with --full.`);
    return { path, text: null, digest };
  };
  const at = new Map(changed.map((c) => [c.doc, c]));
  for (let doc = 0; doc < documents.length; doc++) {
    const now = at.get(doc)?.after;
    yield build.add(now === undefined ? kept(`docs/${doc}.json`) : docFile(doc, now.article, maxDocText));
  }
  const byGroup = changesByGroup(changed);
  const touched = new Set(byGroup.keys());
  const gone = new Set(changed.map((c) => c.doc));
  const lastWords = new Set(last.manifest.words);
  const lists: WordLists = { words: [], ends: [], splits: {}, shardOf: new Map() };
  for (const key of [...new Set([...lastWords, ...touched])].sort()) {
    if (!touched.has(key)) {
      keptGroup(key, lastWordList(key, last), lists);
      for (const path of [...shardPaths(key, last.manifest), `words/${key}.json`]) yield build.add(kept(path));
      continue;
    }
    // A group the last build had not is new: no shards of it to read.
    const group = lastWords.has(key) ? lastGroup(key, last, kept) : undefined;
    const lastEntry = (term: string): string | undefined => (group === undefined ? undefined : group.shard(shardHolding(group.list, term)).get(term));
    const changes = changedEntries(lastEntry, gone, byGroup.get(key) ?? { had: [], has: [] });
    for (const file of repackedGroupFiles(key, group, changes, shardBytes, lists)) yield build.add(file);
  }
  for (const file of endsFiles(lists)) yield build.add(file);
  for (const file of facetFiles(documents)) yield build.add(file);
  const fieldLength = fields.map((_, f) => documents.map((_, doc) => at.get(doc)?.after?.counts[f]?.length ?? last.manifest.fieldLength[f]?.[doc] ?? 0));
  yield build.manifest({ documentCount: documents.length, averageFieldLength: fieldLength.map(runningMean), fieldLength }, lists);
}

/** The posting shards of a word group of an index, by its manifest. */
function shardPaths(key: string, manifest: SearchManifest): string[] {
  return Array.from({ length: (manifest.splits[key]?.length ?? 0) + 1 }, (_, i) => `terms/${key}.${i}.json`);
}

/** The mean of lengths as MiniSearch keeps it, document by document, so that the floats are the same. */
function runningMean(lengths: readonly number[]): number {
  let mean = 0;
  lengths.forEach((length, n) => (mean = (mean * n + length) / (n + 1)));
  return mean;
}

/** What the changed documents bring to one word group: the terms they had there, and their postings there now. */
interface GroupChanges {
  readonly had: string[];
  /** In the order of the documents, then of their fields and terms. */
  readonly has: { readonly doc: number; readonly field: number; readonly term: string; readonly freq: number }[];
}

/** The changed documents' terms and postings by word group (`prefixKey`), each term's group found once rather than once per group. */
function changesByGroup(changed: readonly ChangedDocument[]): Map<string, GroupChanges> {
  const groups = new Map<string, GroupChanges>();
  const groupOf = (term: string): GroupChanges => {
    const key = prefixKey(term);
    let group = groups.get(key);
    if (group === undefined) {
      group = { had: [], has: [] };
      groups.set(key, group);
    }
    return group;
  };
  for (const { before } of changed) for (const { terms } of before ?? []) for (const term of terms) groupOf(term).had.push(term);
  for (const { doc, after } of changed) {
    for (const [field, { terms, freqs }] of (after?.counts ?? []).entries()) {
      terms.forEach((term, k) => groupOf(term).has.push({ doc, field, term, freq: freqs[k] ?? 0 }));
    }
  }
  return groups;
}

/**
 * A word group's list (`words/<key>.json`) in the last build's index; throws, naming it, when it
 * is not one. Its shape only is checked, not each of its terms: a rebuild reads every group's list.
 */
function lastWordList(key: string, last: LastIndex): WordList {
  const path = `words/${key}.json`;
  let list: Partial<WordList> | undefined;
  try {
    list = JSON.parse(last.read(path)) as Partial<WordList>;
  } catch {
    list = undefined;
  }
  if (!Array.isArray(list?.terms) || !Array.isArray(list.shards)) throw new Error(`search index: ${path} in the last build's output is not a word list; build again with --full.`);
  return { terms: list.terms, shards: list.shards };
}

/** A word group of the last build, its word list read now and each shard when first asked for. */
function lastGroup(key: string, last: LastIndex, kept: (path: string) => IndexFile): LastGroup {
  const list = lastWordList(key, last);
  const shards = new Map<number, Map<string, string>>();
  const pathOf = (k: number): string => `terms/${key}.${k}.json`;
  return {
    list,
    shard(k) {
      let entries = shards.get(k);
      if (entries === undefined) {
        entries = shardEntries(last.read(pathOf(k)), pathOf(k));
        shards.set(k, entries);
      }
      return entries;
    },
    // A shard that moved (one cut before it more or fewer) keeps its text under its new number.
    keptShard: (k, path) => (path === pathOf(k) ? kept(path) : madeFile(path, last.read(pathOf(k)))),
  };
}

/**
 * The entries (`ShardEntry` as JSON) of the terms a word group's changed documents had or has,
 * by term: the last build's (`lastEntry`), less every posting of a changed document number
 * (`gone`), plus the documents' postings now (`changes`); undefined for a term left with none.
 * Only these terms are decoded and made again.
 */
function changedEntries(lastEntry: (term: string) => string | undefined, gone: ReadonlySet<number>, changes: GroupChanges): Map<string, string | undefined> {
  /** The changed terms: per field, the postings now of the changed documents, `[doc, freq, …]` by ascending document. */
  const added = new Map<string, number[][]>();
  for (const term of changes.had) if (!added.has(term)) added.set(term, []);
  for (const { doc, field, term, freq } of changes.has) {
    let byField = added.get(term);
    if (byField === undefined) added.set(term, (byField = []));
    (byField[field] ??= []).push(doc, freq);
  }
  const goneInOrder = Int32Array.from(gone).sort();
  const entries = new Map<string, string | undefined>();
  for (const [term, now] of added) {
    const text = lastEntry(term);
    const [, ...lastLists] = text === undefined ? [''] : (JSON.parse(text) as ShardEntry);
    const byField = fields.map((_, f) => patchedGaps(lastLists[f] ?? [], goneInOrder, byDocument(now[f] ?? [])));
    entries.set(term, byField.some((list) => list.length > 0) ? JSON.stringify([term, ...byField] satisfies ShardEntry) : undefined);
  }
  return entries;
}

/** `[doc, freq, …]` sorted by document (pairs added document by document are in order already). */
function byDocument(pairs: number[]): number[] {
  for (let k = 2; k + 1 < pairs.length; k += 2) {
    if ((pairs[k - 2] ?? 0) > (pairs[k] ?? 0)) {
      return Array.from({ length: pairs.length / 2 }, (_, i) => [pairs[2 * i] ?? 0, pairs[2 * i + 1] ?? 0] as const)
        .sort((x, y) => x[0] - y[0])
        .flat();
    }
  }
  return pairs;
}

/**
 * A posting list of the last build, `[gap, freq, …]` (each document counted from the one before),
 * with the postings of the documents in `gone` (ascending) taken out and `added` (`[doc, freq, …]`,
 * ascending) put in, as gaps again. One pass that writes the new list only: decoding the list,
 * filtering it and encoding it in turn copied the longest lists three times, most of a patch's time.
 */
export function patchedGaps(gaps: readonly number[], gone: Int32Array, added: readonly number[]): number[] {
  const list: number[] = [];
  let previous = 0;
  let a = 0;
  let g = 0;
  for (let k = 0, doc = 0; k + 1 < gaps.length; k += 2) {
    doc += gaps[k] ?? 0;
    for (; a + 1 < added.length && (added[a] ?? 0) < doc; a += 2) {
      list.push((added[a] ?? 0) - previous, added[a + 1] ?? 0);
      previous = added[a] ?? 0;
    }
    while (g < gone.length && (gone[g] ?? 0) < doc) g++;
    if (gone[g] === doc) continue;
    list.push(doc - previous, gaps[k + 1] ?? 0);
    previous = doc;
  }
  for (; a + 1 < added.length; a += 2) {
    list.push((added[a] ?? 0) - previous, added[a + 1] ?? 0);
    previous = added[a] ?? 0;
  }
  return list;
}
