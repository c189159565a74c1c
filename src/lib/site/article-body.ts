import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { BlockKind, BodyBlock } from '../article/schema.ts';
import { rehypeLinkEntities, type EntityLink } from '../entities/link-entities.ts';

/** What each kind of block becomes, and the element that holds a run of them (when any). */
const shapes: Readonly<Record<BlockKind, { readonly item: string; readonly group?: string }>> = Object.freeze({
  paragraph: { item: 'p' },
  // The page's own <h1> is the title, so a heading inside the body is one level down.
  heading: { item: 'h2' },
  'list-item': { item: 'li', group: 'ul' },
  quote: { item: 'p', group: 'blockquote' },
});

/**
 * The article body as a hast tree, in the blocks' order: a paragraph is a `<p>`, a heading an
 * `<h2>`, consecutive list items one `<ul>` of `<li>`s, consecutive quotes one `<blockquote>` of
 * `<p>`s. Text only ever becomes hast text nodes, never parsed markup, so whatever a seed says is
 * shown as text (a paragraph `<script>…` is those characters, not an element). Later transforms
 * of the body (links to the people and places it names) are rehype plugins over this tree, run
 * before it is serialized. No blocks give an empty root.
 */
export function articleBodyTree(blocks: readonly BodyBlock[]): Root {
  const children: RootContent[] = [];
  for (const run of runs(blocks)) {
    if (children.length > 0) children.push(newline());
    const { item, group } = shapes[run.kind];
    const items = run.texts.map((text) => element(item, [{ type: 'text', value: text }]));
    if (group === undefined) children.push(...interleave(items));
    else children.push(element(group, interleave(items)));
  }
  return { type: 'root', children };
}

/** One serializer for every page: made once, not per article. */
const serializer = unified().use(rehypeStringify).freeze();

/**
 * The article body as HTML: `articleBodyTree`, with the first mention of each name in `links`
 * linked to its page (`rehypeLinkEntities`), serialized by rehype-stringify (which escapes the text).
 */
export function renderArticleBody(blocks: readonly BodyBlock[], links: readonly EntityLink[] = []): string {
  const tree = articleBodyTree(blocks);
  return serializer.stringify(links.length === 0 ? tree : unified().use(rehypeLinkEntities, { links }).runSync(tree));
}

/** Consecutive blocks of a grouped kind (list items, quotes) as one run; every other block alone. */
function runs(blocks: readonly BodyBlock[]): { kind: BlockKind; texts: string[] }[] {
  const out: { kind: BlockKind; texts: string[] }[] = [];
  for (const { kind, text } of blocks) {
    const last = out.at(-1);
    if (last?.kind === kind && shapes[kind].group !== undefined) last.texts.push(text);
    else out.push({ kind, texts: [text] });
  }
  return out;
}

function element(tagName: string, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: {}, children };
}

/** Elements one per line, so the page's source reads like the article. */
function interleave(elements: readonly Element[]): ElementContent[] {
  return elements.flatMap((el, i) => (i === 0 ? [el] : [newline(), el]));
}

function newline(): ElementContent {
  return { type: 'text', value: '\n' };
}
