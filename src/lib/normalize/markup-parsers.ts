import { createRequire } from 'node:module';
import type { Root as HtmlRoot } from 'hast';
import type { Root as MarkdownRoot } from 'mdast';
import type RehypeParse from 'rehype-parse';
import type RemarkParse from 'remark-parse';
import type { unified as Unified } from 'unified';

// The HTML and Markdown parsers (unified with rehype-parse or remark-parse), each loaded the first
// time a seed of its kind is read: most seeds are text, and loading both took about 80 ms of every
// ingest that normalizes a seed, one new seed in a rebuild among them. `require` loads these ES
// modules synchronously (Node 22.12 and later), as the normalizer is synchronous.
const require = createRequire(import.meta.url);

let html: { parse(text: string): HtmlRoot } | undefined;
let markdown: { parse(text: string): MarkdownRoot } | undefined;

/** A new unified processor. */
function processor(): ReturnType<typeof Unified> {
  return (require('unified') as { unified: typeof Unified }).unified();
}

/** A page's markup as a hast tree, parsed as a browser parses it. */
export function parseHtml(text: string): HtmlRoot {
  html ??= processor().use((require('rehype-parse') as { default: typeof RehypeParse }).default);
  return html.parse(text);
}

/** Markdown as an mdast tree. */
export function parseMarkdown(text: string): MarkdownRoot {
  markdown ??= processor().use((require('remark-parse') as { default: typeof RemarkParse }).default);
  return markdown.parse(text);
}
