import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linesOf } from '../files/lines-file.ts';
import { toSearchDocument, type SearchArticle } from './build-index.ts';
import type { KeptCounts } from './kept-counts.ts';
import { canPatch, type ChangedDocument, type DocumentEntry, type IndexPatch, type LastIndex } from './patch-index.ts';
import * as v from 'valibot';
import { searchManifestSchema } from './types.ts';

/**
 * The last build's search index as an incremental build reads it (its folder in the output, its
 * files record and its documents record), and the plan to put the documents changed since into
 * it (`patchedIndexFiles`) rather than index every document again.
 */

/** The most documents changed for a patch: past this share (or this many, in a small archive), every document is indexed again. */
const patchShare = 0.05;
const patchFloor = 64;

/** A line of the documents record. */
export function documentLine({ slug, stamp, digest, date, source, entities }: DocumentEntry): string {
  return JSON.stringify([slug, stamp, digest, date, source, entities]);
}

/** The documents of a documents record, or undefined when it is missing or a line is damaged. */
function readDocuments(path: string): DocumentEntry[] | undefined {
  if (!existsSync(path)) return undefined;
  const documents: DocumentEntry[] = [];
  for (const line of linesOf(path)) {
    try {
      const [slug, stamp, digest, date, source, entities] = JSON.parse(line) as [string, string, string, string | null, string | null, DocumentEntry['entities']];
      if (typeof slug !== 'string' || typeof stamp !== 'string' || typeof digest !== 'string' || typeof entities !== 'object' || entities === null) return undefined;
      documents.push({ slug, stamp, digest, date, source, entities });
    } catch {
      return undefined;
    }
  }
  return documents;
}

/**
 * The last build's index: its folder, its documents record, and the digests of its files record.
 * Undefined when any is missing or unreadable: the index is then built from every document.
 */
export function readLastIndex(indexDir: string, documentsFile: string, digests: ReadonlyMap<string, string>): LastIndex | undefined {
  if (digests.size === 0 || !existsSync(join(indexDir, 'manifest.json'))) return undefined;
  const documents = readDocuments(documentsFile);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(indexDir, 'manifest.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const manifest = v.safeParse(searchManifestSchema, json);
  if (documents === undefined || !manifest.success || manifest.output.documentCount !== documents.length) return undefined;
  return {
    documents,
    manifest: manifest.output,
    read: (path) => readFileSync(join(indexDir, path), 'utf8'),
    digest: (path) => digests.get(path),
  };
}

/**
 * The patch of the last index for this build's documents (`order`, their files' `stamps`): the
 * numbers whose slug or stamp changed are read and counted, every other document's kept counts
 * are carried to the next build. Undefined (nothing read or counted) when too many changed, or
 * when the last index or the kept counts lack what a patch needs.
 */
export function planPatch(last: LastIndex, order: readonly string[], stamps: readonly string[], counts: KeptCounts, readArticle: (slug: string) => SearchArticle): IndexPatch | undefined {
  const numbers = Math.max(order.length, last.documents.length);
  const changedNumbers: number[] = [];
  for (let doc = 0; doc < numbers; doc++) {
    const was = last.documents[doc];
    if (was === undefined || was.slug !== order[doc] || was.stamp !== stamps[doc]) changedNumbers.push(doc);
  }
  if (changedNumbers.length > Math.max(patchFloor, order.length * patchShare)) return undefined;
  const changedSet = new Set(changedNumbers);
  if (!canPatch(last, changedSet, order.length)) return undefined;
  for (let doc = 0; doc < order.length; doc++) if (!changedSet.has(doc) && !counts.has(last.documents[doc]?.digest ?? '')) return undefined;
  const before = new Map<number, ChangedDocument['before']>();
  for (const doc of changedNumbers) {
    const was = last.documents[doc];
    if (was === undefined) continue;
    const kept = counts.peek(was.digest);
    if (kept === undefined) return undefined;
    before.set(doc, kept);
  }
  const documents: DocumentEntry[] = [];
  const changed: ChangedDocument[] = [];
  for (let doc = 0; doc < order.length; doc++) {
    const was = last.documents[doc];
    if (!changedSet.has(doc) && was !== undefined) {
      counts.carry(was.digest);
      documents.push(was);
      continue;
    }
    const article = readArticle(order[doc] ?? '');
    const now = counts.count(toSearchDocument(article, doc));
    documents.push(documentEntry(article, stamps[doc] ?? '', counts.digests[doc] ?? ''));
    changed.push({ doc, before: before.get(doc), after: { article, counts: now } });
  }
  for (const doc of changedNumbers) if (doc >= order.length) changed.push({ doc, before: before.get(doc) });
  return { last, documents, changed };
}

/** What the documents record keeps of an article. */
export function documentEntry(article: SearchArticle, stamp: string, digest: string): DocumentEntry {
  return { slug: article.slug, stamp, digest, date: article.date, source: article.source, entities: article.entities };
}
