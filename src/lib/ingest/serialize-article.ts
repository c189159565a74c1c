import matter from 'gray-matter';
import type { Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import type { CollectionArticle } from '../article/schema';

/**
 * The Markdown of a list of paragraphs, each one text node, serialized by remark's own
 * serializer: every character that CommonMark would read as markup (`<`, `#`, `*`, `[`,
 * `1.`, `---`, `>`, `&amp;`, leading spaces, …) is escaped, so a CommonMark parser gives
 * back exactly the same text. Never emits raw HTML.
 */
export function paragraphsToMarkdown(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: 'root',
    children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value }] })),
  };
  return toMarkdown(tree);
}

/**
 * One content-collection file: YAML front matter holding the whole collection entry
 * (written by gray-matter, read back by Astro's glob loader), then the body paragraphs as Markdown.
 */
export function serializeArticle(entry: CollectionArticle): string {
  return matter.stringify(paragraphsToMarkdown(entry.body), entry);
}
