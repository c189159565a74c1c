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
 * Characters a YAML reader refuses or could misread in a double-quoted scalar that
 * `JSON.stringify` leaves as they are: C1 controls (and NEL), line and paragraph separators,
 * byte-order marks and non-characters.
 */
const yamlUnsafe = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;

/**
 * Front matter as JSON, which is YAML too (a flow mapping of double-quoted strings): every
 * YAML reader, Astro's included, reads it back as the same record, and it is written and
 * read many times faster than block YAML, which matters at archive scale. It is written on one
 * line, without indentation: the YAML reader then skips no whitespace (a fifth of the bytes).
 */
const jsonAsYaml = {
  parse: (input: string): object => JSON.parse(input) as object,
  stringify: (data: object): string =>
    JSON.stringify(data).replace(yamlUnsafe, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`),
};

/**
 * One content-collection file: front matter holding the whole collection entry (written by
 * gray-matter, read back by Astro's glob loader), then the body paragraphs as Markdown.
 */
export function serializeArticle(entry: CollectionArticle): string {
  return matter.stringify(paragraphsToMarkdown(entry.body), entry, { engines: { yaml: jsonAsYaml } });
}
