import type { Element, Root, Text } from 'hast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** A name to link, and where its page is. */
export interface EntityLink {
  readonly name: string;
  readonly href: string;
}

/**
 * A rehype plugin: the first mention of each name in the article body becomes a link to its page.
 * Names are matched as whole words, longest first (so "Bashar al-Assad" before "Assad"), in
 * reading order; text inside a link is left alone, and text stays text nodes (nothing is parsed).
 */
export const rehypeLinkEntities: Plugin<[{ readonly links: readonly EntityLink[] }], Root> = (options) => {
  const links = [...options.links].filter((l) => l.name.trim() !== '').sort((a, b) => b.name.length - a.name.length);
  return (tree: Root): void => {
    const done = new Set<string>();
    visit(tree, 'text', (node: Text, index, parent) => {
      if (parent === undefined || index === undefined || (parent.type === 'element' && parent.tagName === 'a')) return;
      const first = firstMention(node.value, links.filter((l) => !done.has(l.name)));
      if (first === null) return;
      done.add(first.link.name);
      const { at, link } = first;
      const anchor: Element = { type: 'element', tagName: 'a', properties: { href: link.href }, children: [{ type: 'text', value: node.value.slice(at, at + link.name.length) }] };
      const pieces = [{ type: 'text', value: node.value.slice(0, at) } as Text, anchor, { type: 'text', value: node.value.slice(at + link.name.length) } as Text].filter(
        (p) => p.type !== 'text' || p.value !== '',
      );
      parent.children.splice(index, 1, ...pieces);
      // Carry on in the text after the link: it may hold the first mention of another name.
      return [SKIP, index + pieces.length - (pieces.at(-1)?.type === 'text' ? 1 : 0)];
    });
  };
};

/** The earliest whole-word mention of any of the names in a text, or null. */
function firstMention(text: string, links: readonly EntityLink[]): { at: number; link: EntityLink } | null {
  let best: { at: number; link: EntityLink } | null = null;
  for (const link of links) {
    let from = 0;
    for (let at = text.indexOf(link.name, from); at !== -1; at = text.indexOf(link.name, from)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + link.name.length] ?? ' ';
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
        if (best === null || at < best.at) best = { at, link };
        break;
      }
      from = at + 1;
    }
  }
  return best;
}
