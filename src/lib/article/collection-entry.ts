import { findEntities } from '../entities/find-entities.ts';
import { keyTerms } from '../related/key-terms.ts';
import { storySignature } from '../stories/story-signature.ts';
import type { Article, BodyBlock, CollectionArticle, SourceLine, StoredLine } from './schema.ts';

/**
 * The collection entry of a normalized seed: the record without `removed` (the removed lines
 * say it), the seed's file name, and its lines with the body lines' text left out (`body` holds
 * it), and how many blank lines the seed had (null when unknown, as for a saved page). Keys in a
 * fixed order, so the same record always gives the same file.
 */
export function toCollectionEntry(article: Article, file: string, lines: readonly SourceLine[], blankLines: number | null = null): CollectionArticle {
  const { id, slug, title, titleSource, date, dateSource, dateEstimate, byline, authors, source, url, body, blocks, warnings } = article;
  let paragraph = 0;
  const stored = lines.map((line): StoredLine => {
    if (line.role === 'body') {
      const kind = blocks[paragraph++]?.kind ?? 'paragraph';
      return kind === 'paragraph' ? { role: 'body' } : { role: 'body', kind };
    }
    return line.reason === undefined ? { text: line.text, role: line.role } : { text: line.text, role: line.role, reason: line.reason };
  });
  return { id, slug, title, titleSource, date, dateSource, dateEstimate, byline, authors, source, url, body, warnings, file, lines: stored, blankLines, signature: storySignature(body), terms: keyTerms(body), entities: findEntities(body) };
}

/** Every seed line with its text: a body line's text is the next paragraph of `body`. */
export function sourceLinesOf(entry: Pick<CollectionArticle, 'body' | 'lines'>): SourceLine[] {
  let paragraph = 0;
  return entry.lines.map((line): SourceLine => {
    if (line.role === 'body') return { text: entry.body[paragraph++] ?? '', role: 'body' };
    const text = line.text ?? '';
    return line.reason === undefined ? { text, role: line.role } : { text, role: line.role, reason: line.reason };
  });
}

/** The full record, its seed's file name and lines, from a collection entry (the inverse of `toCollectionEntry`). */
export function fromCollectionEntry(entry: CollectionArticle): { article: Article; file: string; lines: SourceLine[] } {
  const { id, slug, title, titleSource, date, dateSource, dateEstimate, byline, authors, source, url, body, warnings, file } = entry;
  const lines = sourceLinesOf(entry);
  const removed = lines.flatMap((line) => (line.role === 'removed' && line.reason !== undefined ? [{ text: line.text, reason: line.reason }] : []));
  const blocks = blocksOf(entry);
  return { article: { id, slug, title, titleSource, date, dateSource, dateEstimate, byline, authors, source, url, body, blocks, removed, warnings }, file, lines };
}

/** The body's blocks with their kinds, from a collection entry's paragraphs and body lines. */
export function blocksOf(entry: Pick<CollectionArticle, 'body' | 'lines'>): BodyBlock[] {
  const kinds = entry.lines.flatMap((line) => (line.role === 'body' ? [line.kind ?? 'paragraph'] : []));
  return entry.body.map((text, i) => ({ kind: kinds[i] ?? 'paragraph', text }));
}
