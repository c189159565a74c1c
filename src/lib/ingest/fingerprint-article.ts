import { createHash } from 'node:crypto';
import type { Article } from '../article/schema.ts';

/**
 * What makes two seeds the same article: the same normalized title and body paragraphs.
 * Site chrome, dates and file names may differ.
 */
export function fingerprintArticle(article: Pick<Article, 'title' | 'body'>): string {
  const hash = createHash('sha256').update(article.title);
  for (const paragraph of article.body) hash.update('\0').update(paragraph);
  return hash.digest('hex');
}

/** Words of a version key: enough of the lead to tell two stories under one headline apart. */
const leadWords = 12;

/**
 * What makes two seeds versions of one article, whatever their format (a copied text, the saved
 * page, a clipping): the same headline and the same opening words of the text, letters and digits
 * only. A standfirst or chrome kept by one and not the other can still tell them apart.
 */
export function versionKey(article: Pick<Article, 'title' | 'body'>): string {
  const words = (text: string): string[] => text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const lead = article.body.find((p) => words(p).length >= leadWords) ?? article.body[0] ?? '';
  return createHash('sha256').update(words(article.title).join(' ')).update('\0').update(words(lead).slice(0, leadWords).join(' ')).digest('hex');
}
