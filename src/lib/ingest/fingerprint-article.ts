import { createHash } from 'node:crypto';
import type { Article } from '../article/schema';

/**
 * What makes two seeds the same article: the same normalized title and body paragraphs.
 * Site chrome, dates and file names may differ.
 */
export function fingerprintArticle(article: Pick<Article, 'title' | 'body'>): string {
  const hash = createHash('sha256').update(article.title);
  for (const paragraph of article.body) hash.update('\0').update(paragraph);
  return hash.digest('hex');
}
