import { toCollectionEntry } from '../article/collection-entry.ts';
import { diagnostic } from '../article/diagnostic.ts';
import { collectionEntrySchema } from '../article/schema.ts';
import { normalize, type SeedInput } from '../normalize/index.ts';
import type { CachedSeed } from './ingest-cache.ts';
import { serializeArticle } from './serialize-article.ts';

/**
 * All the CPU work for one seed: normalize it, check the record against the collection
 * schema (an invalid record becomes an error naming the field), and, with
 * `withFile`, serialize its collection file. Pure; never throws on any input.
 */
export function prepareSeed(input: SeedInput, withFile: boolean): CachedSeed {
  const result = normalize(input);
  if (!result.ok) return { result };
  const entry = toCollectionEntry(result.article, result.file, result.lines, result.blankLines);
  const parsed = collectionEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
    const message = `the normalizer made a record that does not fit the article schema (${issues}). This is a bug in the normalizer: report it with this file.`;
    return { result: { ok: false, file: result.file, error: diagnostic('error', result.file, 'record-invalid', message), warnings: result.article.warnings } };
  }
  return withFile ? { result, collectionFile: serializeArticle(parsed.data) } : { result };
}
