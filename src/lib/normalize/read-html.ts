import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { BlockKind, RemovalReason } from '../article/schema.ts';
import { parseHtml } from './markup-parsers.ts';
import { collapse, type PageBlock, type StructuredPage } from './page-blocks.ts';
import { readPageMeta } from './read-page-meta.ts';

/** Elements whose content is never text a reader sees: scripts, styles, embedded documents, forms. */
const ignored = new Set([
  'script', 'style', 'iframe', 'template', 'noscript', 'form', 'button', 'select', 'textarea', 'input',
  'svg', 'math', 'canvas', 'object', 'embed', 'video', 'audio', 'head', 'title', 'dialog', 'map',
]);

/** Elements that start a new block of text; any other element is inline. */
const blockLevel = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** Landmarks that hold the site's chrome rather than the article (by element and by ARIA role). */
const chrome: Readonly<Record<string, RemovalReason>> = {
  nav: 'navigation',
  navigation: 'navigation',
  // A `<header>` is the site's banner unless it is the article's (see `within`).
  header: 'navigation',
  footer: 'boilerplate',
  contentinfo: 'boilerplate',
  aside: 'related links',
  complementary: 'related links',
  search: 'navigation',
  banner: 'navigation',
};

/** What the walk knows of the elements around a piece of text. */
interface Context {
  readonly kind: BlockKind;
  readonly removed: RemovalReason | undefined;
  /** Inside `<article>` or `<main>`: a `<header>` there is the article's, not the site's. */
  readonly inArticle: boolean;
  /** The innermost block element around the text, and the block element that holds it (numbered in document order; 0 the page). */
  readonly own: number;
  readonly parent: number;
}

/**
 * Read a saved web page (`.html`): its visible text as blocks in document order, each with its kind
 * (heading, paragraph, list item, quotation) and, where the markup says so, why it is not the
 * article's text (a navigation bar, a footer, a caption); and the metadata the page states about
 * itself (JSON-LD, meta tags, canonical link). Broken markup is parsed as a browser parses it.
 * The page is never rendered and nothing it refers to is fetched; scripts, styles, embedded
 * documents and forms give no text. Never throws.
 */
export function readHtml(html: string): StructuredPage {
  const tree = parseHtml(html);
  const blocks: PageBlock[] = [];
  let buffer = '';
  let at: Context = { kind: 'paragraph', removed: undefined, inArticle: false, own: 0, parent: 0 };
  let elements = 0;
  const flush = (): void => {
    const text = collapse(buffer);
    buffer = '';
    if (text) blocks.push({ kind: at.kind, text, ...(at.removed ? { removed: at.removed } : {}), parent: at.parent });
  };
  const walk = (node: RootContent | ElementContent, context: Context): void => {
    if (node.type === 'text') {
      if (context !== at) {
        if (/\S/u.test(node.value) || buffer) flush();
        at = context;
      }
      buffer += node.value;
      return;
    }
    if (node.type !== 'element' || ignored.has(node.tagName) || hidden(node)) return;
    if (node.tagName === 'br') {
      flush();
      return;
    }
    const block = blockLevel.has(node.tagName);
    const inner = block ? within(node, context, ++elements) : context;
    if (block) flush();
    for (const child of node.children) walk(child, inner);
    if (block) {
      flush();
      at = context;
    }
  };
  const body = bodyOf(tree);
  for (const child of body) walk(child, at);
  flush();
  return { blocks, meta: readPageMeta(tree), warnings: [] };
}

/** The nodes to read: the document's `<body>`, or the whole tree when there is none. */
function bodyOf(tree: Root): readonly RootContent[] {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const body = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
  return body ? body.children : tree.children;
}

/** The context inside a block element (numbered `id`): its kind of text, whether its landmark is chrome, where it stands. */
function within(node: Element, outer: Context, id: number): Context {
  const tag = node.tagName;
  const role = typeof node.properties['role'] === 'string' ? node.properties['role'].toLowerCase() : '';
  const inArticle = outer.inArticle || tag === 'article' || tag === 'main' || role === 'main' || role === 'article';
  let removed = outer.removed;
  if (!removed) {
    removed = chrome[tag] ?? chrome[role];
    // The site's header, not the article's: outside the article, and without the page's main heading.
    if (tag === 'header' && (outer.inArticle || hasHeading(node))) removed = undefined;
    if (tag === 'footer' && outer.inArticle) removed = undefined;
    if (tag === 'figcaption' || tag === 'caption') removed = 'caption or credit';
  }
  return { kind: kindOf(tag, outer.kind), removed, inArticle, own: id, parent: outer.own };
}

/** A block's kind: from its own element, else its list item's or quotation's (`<li><p>…</p></li>` is a list item). */
function kindOf(tag: string, outer: BlockKind): BlockKind {
  if (/^h[1-6]$/u.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  return outer === 'quote' || outer === 'list-item' ? outer : 'paragraph';
}

/** Whether an element holds an `<h1>`. */
function hasHeading(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'h1' || hasHeading(c)));
}

/** Hidden from every reader: the `hidden` attribute, `aria-hidden`, or an inline `display: none`. */
function hidden(node: Element): boolean {
  const p = node.properties;
  if (p['hidden'] === true || p['ariaHidden'] === 'true') return true;
  const style = typeof p['style'] === 'string' ? p['style'] : '';
  return /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(style);
}
