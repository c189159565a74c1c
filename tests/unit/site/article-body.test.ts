import { describe, expect, test } from 'vitest';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { BodyBlock } from '../../../src/lib/article/schema.ts';
import { articleBodyTree, renderArticleBody } from '../../../src/lib/site/article-body.ts';

const p = (text: string): BodyBlock => ({ kind: 'paragraph', text });
const h = (text: string): BodyBlock => ({ kind: 'heading', text });
const li = (text: string): BodyBlock => ({ kind: 'list-item', text });
const q = (text: string): BodyBlock => ({ kind: 'quote', text });

describe('renderArticleBody', () => {
  test.each([
    { name: 'no blocks', blocks: [], html: '' },
    { name: 'paragraphs, each its own <p>', blocks: [p('One.'), p('Two.')], html: '<p>One.</p>\n<p>Two.</p>' },
    { name: 'a heading, as <h2> under the page title', blocks: [h('Reaction'), p('Text.')], html: '<h2>Reaction</h2>\n<p>Text.</p>' },
    { name: 'consecutive list items, as one list', blocks: [li('a'), li('b'), li('c')], html: '<ul><li>a</li>\n<li>b</li>\n<li>c</li></ul>' },
    {
      name: 'list items either side of a paragraph, as two lists',
      blocks: [li('a'), p('Between.'), li('b')],
      html: '<ul><li>a</li></ul>\n<p>Between.</p>\n<ul><li>b</li></ul>',
    },
    { name: 'consecutive quotes, as one quotation of paragraphs', blocks: [q('First.'), q('Second.')], html: '<blockquote><p>First.</p>\n<p>Second.</p></blockquote>' },
    {
      name: 'a quote straight after a list, in its own element',
      blocks: [li('a'), q('Said.'), h('Next'), q('Again.')],
      html: '<ul><li>a</li></ul>\n<blockquote><p>Said.</p></blockquote>\n<h2>Next</h2>\n<blockquote><p>Again.</p></blockquote>',
    },
  ])('$name', ({ blocks, html }) => {
    expect(renderArticleBody(blocks)).toBe(html);
  });

  test.each([
    { text: '<script>alert(1)</script>', html: '<p>&#x3C;script>alert(1)&#x3C;/script></p>' },
    { text: 'AT&T & Co &amp; more', html: '<p>AT&#x26;T &#x26; Co &#x26;amp; more</p>' },
    { text: 'He said "no" and \'never\'', html: '<p>He said "no" and \'never\'</p>' },
    { text: '<img src=x onerror="alert(1)">', html: '<p>&#x3C;img src=x onerror="alert(1)"></p>' },
  ])('writes $text as text', ({ text, html }) => {
    expect(renderArticleBody([p(text)])).toBe(html);
  });

  test.each(['paragraph', 'heading', 'list-item', 'quote'] as const)('a %s reads back as the same text and no other element', (kind) => {
    const text = '</p><b>bold</b> & <!-- x --> "q" \'s\' <script>alert(1)</script>';
    const tree = unified().use(rehypeParse, { fragment: true }).parse(renderArticleBody([{ kind, text }]));
    const tags: string[] = [];
    let read = '';
    const walk = (node: (typeof tree)['children'][number]): void => {
      if (node.type === 'text') read += node.value;
      if (node.type === 'element') {
        tags.push(node.tagName);
        node.children.forEach(walk);
      }
    };
    tree.children.forEach(walk);
    expect(read).toBe(text);
    expect(tags.every((tag) => ['p', 'h2', 'ul', 'li', 'blockquote'].includes(tag))).toBe(true);
  });
});

describe('articleBodyTree', () => {
  test('holds the text only as text nodes, for rehype plugins to transform', () => {
    const tree = articleBodyTree([h('Title <b>'), li('x')]);
    expect(tree).toEqual({
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'Title <b>' }] },
        { type: 'text', value: '\n' },
        {
          type: 'element',
          tagName: 'ul',
          properties: {},
          children: [{ type: 'element', tagName: 'li', properties: {}, children: [{ type: 'text', value: 'x' }] }],
        },
      ],
    });
  });
});
