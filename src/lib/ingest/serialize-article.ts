import type { CollectionArticle } from '../article/schema.ts';

/**
 * One content-collection file: the collection entry as JSON on one line, read back by Astro's
 * glob loader with `JSON.parse`. The text stays data from end to end: no Markdown or YAML
 * reader ever sees a paragraph, so no character of the seed can turn into markup.
 */
export function serializeArticle(entry: CollectionArticle): string {
  return `${JSON.stringify(entry)}\n`;
}
