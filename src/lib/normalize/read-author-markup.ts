import type { Element, ElementContent, Root, RootContent } from 'hast';
import { collapse } from './page-blocks.ts';

/** A name longer than this is a sentence or a bio, not a name. */
const longestName = 80;

/** Elements whose content is never a name the page prints. */
const skipped = new Set(['script', 'style', 'template', 'noscript', 'svg']);

/** Elements that start a new block of text: names in one of them are one byline. */
const blockLevel = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'div', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'nav', 'p', 'section', 'td', 'th',
]);

/** A name the markup tags, and the block it stands in. */
interface Marked {
  readonly name: string;
  readonly block: Element | Root;
}

/**
 * The authors a saved page's markup tags in its text: schema.org microdata (`itemprop="author"`,
 * its `itemprop="name"` when it has one) and `rel="author"` links. Only the first block holding such
 * a tag counts (a byline names its authors together; an author box or a list of related stories
 * further down tags other writers), and where tags nest the innermost name counts ("Jane Doe", not
 * "Jane Doe - May 2, 2024"). Names are as the page gives them, a leading "By" cut off; empty when
 * nothing is tagged.
 */
export function readAuthorMarkup(tree: Root): string[] {
  const found = marked(tree, tree);
  const first = found[0];
  if (!first) return [];
  const names: string[] = [];
  for (const m of found) if (m.block === first.block && !names.includes(m.name)) names.push(m.name);
  return names;
}

/** The tagged names under a node, in document order; `block` is the block the node stands in. */
function marked(node: Root | RootContent | ElementContent, block: Element | Root): Marked[] {
  if (node.type !== 'root' && node.type !== 'element') return [];
  if (node.type === 'element' && skipped.has(node.tagName)) return [];
  const own = node.type === 'element' && blockLevel.has(node.tagName) ? node : block;
  const inner = node.children.flatMap((child) => marked(child, own));
  if (node.type === 'root' || !tagsAuthor(node) || inner.length > 0) return inner;
  const name = clean(nameOf(node));
  return name ? [{ name, block }] : [];
}

/** Whether an element tags an author: `itemprop="author"` or a `rel="author"` link. */
function tagsAuthor(node: Element): boolean {
  return tokens(node.properties['itemProp']).includes('author') || (node.tagName === 'a' && tokens(node.properties['rel']).includes('author'));
}

/** An author element's name: its `itemprop="name"` (text or `content`), its own `content`, else its text. */
function nameOf(node: Element): string {
  const named = find(node, (e) => tokens(e.properties['itemProp']).includes('name'));
  const source = named ?? node;
  const content = source.properties['content'];
  return typeof content === 'string' ? content : textOf(source);
}

/** A tagged name as a byline: whitespace collapsed, a leading "By" cut off; empty unless it reads as a name. */
function clean(text: string): string {
  const collapsed = collapse(text);
  // An author box's whole text (a bio) is no name: it is not searched for a label either.
  if (collapsed.length > 2 * longestName) return '';
  const name = collapsed.replace(/^(?:\S+\s+)*?by\s*:?\s+/iu, '');
  if (name.length > longestName || !/\p{L}/u.test(name) || /https?:|@|\//u.test(name)) return '';
  return name;
}

function find(node: Element, match: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (match(child)) return child;
    const deeper = find(child, match);
    if (deeper) return deeper;
  }
  return undefined;
}

/** A hast property's space-separated tokens, lowercased. */
function tokens(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/u) : [];
  return list.map((v) => String(v).toLowerCase());
}

function textOf(node: Element): string {
  return node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' && !skipped.has(c.tagName) ? textOf(c) : '')).join('');
}
