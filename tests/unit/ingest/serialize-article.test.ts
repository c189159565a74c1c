import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import matter from 'gray-matter';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import type { CollectionArticle } from '../../../src/lib/article/schema';
import { paragraphsToMarkdown, serializeArticle } from '../../../src/lib/ingest/serialize-article';

/** The text of a node as a reader sees it: text values, and a line break as a newline. */
function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return '\n';
  return 'children' in node ? node.children.map(textOf).join('') : `<${node.type}>`;
}

/** What a CommonMark parser reads back: one entry per paragraph, or the node types when it is not only paragraphs. */
function readBack(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return tree.children.map((node) => (node.type === 'paragraph' ? textOf(node) : `<${node.type}>`));
}

const tricky = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<b>bold</b> and <!-- a comment -->',
  '# x',
  '###### six',
  '*a*',
  '**strong** _em_ __em__',
  '[x](y)',
  '![alt](src.png)',
  '[ref]: http://example.com',
  '1. x',
  '2) y',
  '- item',
  '+ item',
  '* item',
  '---',
  '***',
  '___',
  '===',
  '> q',
  '  leading spaces',
  '    four spaces, not code',
  '\tleading tab',
  'trailing spaces  ',
  '&amp; &lt;b&gt; &#x41; &copy;',
  'a\\b and \\* and \\\\',
  '`code` and ``double``',
  '```',
  '~~~',
  '| a | b |',
  'http://example.com/ and <http://example.com/>',
  'javascript:alert(1)',
  '{{ template }} and {% tag %}',
  '$x$ and ~~strike~~',
  'Hard break at end\\',
  'ends with two spaces for a break  ',
  'Plain “quotes” — and ‘apostrophes’ stay',
];

describe('paragraphsToMarkdown', () => {
  test.each(tricky.map((text) => ({ text })))('gives back $text as the same literal text', ({ text }) => {
    expect(readBack(paragraphsToMarkdown([text]))).toEqual([text]);
  });

  test('keeps every paragraph separate and in order', () => {
    expect(readBack(paragraphsToMarkdown(tricky))).toEqual(tricky);
  });

  test('gives back any single-line text unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc
            .string({ unit: 'grapheme-composite', minLength: 1 })
            .filter((s) => !/[\r\n]/.test(s) && s.trim() !== ''),
          { minLength: 1, maxLength: 4 },
        ),
        (paragraphs) => {
          expect(readBack(paragraphsToMarkdown(paragraphs))).toEqual(paragraphs);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});

const entry: CollectionArticle = {
  id: '000_x',
  slug: 'yes-no-x-abc123',
  title: 'Yes: no # x — "quoted" \'single\'',
  titleSource: 'headline',
  date: '2020-03-19',
  dateSource: 'explicit',
  byline: 'null',
  source: 'true',
  body: ['---', '<script>alert(1)</script>', '1. x'],
  removed: [{ text: 'Advertisement', reason: 'advertisement' }],
  warnings: ['key: value', '- dash'],
  file: '000_x.txt',
  lines: [
    { text: 'Yes: no # x', role: 'title' },
    { text: '2020-03-19', role: 'metadata' },
    { text: '---', role: 'body' },
    { text: 'Advertisement', role: 'removed', reason: 'advertisement' },
  ],
};

describe('serializeArticle', () => {
  test('front matter reads back as the same record with gray-matter', () => {
    expect(matter(serializeArticle(entry)).data).toEqual(entry);
  });

  test("front matter reads back as the same record with Astro's own parser", () => {
    expect(parseFrontmatter(serializeArticle(entry)).frontmatter).toEqual(entry);
  });

  test('body reads back as the same paragraphs', () => {
    expect(readBack(parseFrontmatter(serializeArticle(entry)).content)).toEqual(entry.body);
  });

  test("any text in any field reads back the same with Astro's own parser (property)", () => {
    const text = fc.string({ unit: 'binary', minLength: 1 });
    fc.assert(
      fc.property(text, text, fc.array(text, { minLength: 1, maxLength: 3 }), (title, line, body) => {
        const record = { ...entry, title, body, warnings: [line], lines: [{ text: line, role: 'body' as const }] };
        expect(parseFrontmatter(serializeArticle(record)).frontmatter).toEqual(record);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  test.each([
    { name: 'C1 controls', title: 'C1 control \u0085 and \u009f' },
    { name: 'line and paragraph separators', title: 'separators \u2028 \u2029' },
    { name: 'a byte-order mark', title: 'byte-order mark \ufeff inside' },
    { name: 'non-characters', title: 'non-characters \ufffe \uffff' },
    { name: 'C0 controls and DEL', title: 'C0 controls \u0000 \u0001 \u001b and DEL \u007f' },
    { name: 'newlines and dashes', title: '---\n---\r\n...' },
  ])("a title with $name survives Astro's YAML reader", ({ title }) => {
    expect(parseFrontmatter(serializeArticle({ ...entry, title })).frontmatter['title']).toBe(title);
  });

  test.each([{ date: '2020' }, { date: '2020-03' }, { date: '2020-03-19' }])('keeps the date $date a string', ({ date }) => {
    expect(parseFrontmatter(serializeArticle({ ...entry, date })).frontmatter['date']).toBe(date);
  });
});
