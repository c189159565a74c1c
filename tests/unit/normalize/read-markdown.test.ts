import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PageBlock, PageMeta } from '../../../src/lib/normalize/page-blocks.ts';
import { readMarkdown } from '../../../src/lib/normalize/read-markdown.ts';

const obsidian = `---
title: "Storm closes the harbour"
source: "https://news.example.com/2024/05/storm"
author:
  - "[[Jane Doe]]"
  - "[[John Roe]]"
published: 2024-05-01
created: 2024-05-03
description: "A storm closed the harbour on Wednesday."
tags:
  - "clippings"
---
# Storm closes the harbour

The storm hit the coast on *Wednesday*, [the port authority](https://port.example.com) said.

- Ferries cancelled
- Schools shut

> We have never seen anything like it.
>
> It went on all night.

![Waves over the sea wall](https://img.example.com/waves.jpg)

Repairs will take **weeks**.
`;

const markdownload = `---
title: Council approves budget
author: Jane Doe, John Roe
url: http://example.org/budget
date: "2023-11-02"
site_name: The Example Times
---

The council approved the budget on Thursday.
`;

/** The page a case reads to, or the error. */
function read(text: string, file = 'seed.md') {
  const result = readMarkdown(file, text);
  return result.ok ? result.page : result;
}

const noMeta: PageMeta = { titles: [], authors: [] };

describe('readMarkdown: whole clippings', () => {
  test.each<{ name: string; text: string; blocks: PageBlock[]; meta: PageMeta; lines: number }>([
    {
      name: 'an Obsidian Web Clipper clipping',
      text: obsidian,
      blocks: [
        { kind: 'heading', text: 'Storm closes the harbour' },
        { kind: 'paragraph', text: 'The storm hit the coast on Wednesday, the port authority said.' },
        { kind: 'list-item', text: 'Ferries cancelled' },
        { kind: 'list-item', text: 'Schools shut' },
        { kind: 'quote', text: 'We have never seen anything like it.' },
        { kind: 'quote', text: 'It went on all night.' },
        { kind: 'paragraph', text: 'Waves over the sea wall', removed: 'caption or credit' },
        { kind: 'paragraph', text: 'Repairs will take weeks.' },
      ],
      meta: {
        titles: ['Storm closes the harbour'],
        authors: ['Jane Doe', 'John Roe'],
        url: 'https://news.example.com/2024/05/storm',
        published: '2024-05-01',
        description: 'A storm closed the harbour on Wednesday.',
      },
      lines: 12,
    },
    {
      name: 'a MarkDownload clipping',
      text: markdownload,
      blocks: [{ kind: 'paragraph', text: 'The council approved the budget on Thursday.' }],
      meta: {
        titles: ['Council approves budget'],
        authors: ['Jane Doe, John Roe'],
        url: 'http://example.org/budget',
        published: '2023-11-02',
        source: 'The Example Times',
      },
      lines: 7,
    },
    {
      name: 'no front matter',
      text: '## Heading two\n\nA paragraph\nover two lines.\n\n---\n\nAfter a rule.',
      blocks: [
        { kind: 'heading', text: 'Heading two' },
        { kind: 'paragraph', text: 'A paragraph over two lines.' },
        { kind: 'paragraph', text: 'After a rule.' },
      ],
      meta: noMeta,
      lines: 0,
    },
    {
      name: 'CRLF line ends',
      text: '---\r\ntitle: Windows\r\n---\r\nFirst.\r\n\r\nSecond.\r\n',
      blocks: [
        { kind: 'paragraph', text: 'First.' },
        { kind: 'paragraph', text: 'Second.' },
      ],
      meta: { titles: ['Windows'], authors: [] },
      lines: 3,
    },
  ])('$name', ({ text, blocks, meta, lines }) => {
    const result = readMarkdown('seed.md', text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.blocks).toEqual(blocks);
    expect(result.page.meta).toEqual(meta);
    expect(result.page.warnings).toEqual([]);
    expect(result.frontMatterLines).toHaveLength(lines);
    if (lines > 0) {
      expect(result.frontMatterLines[0]).toBe('---');
      expect(result.frontMatterLines.at(-1)).toBe('---');
    }
  });
});

describe('readMarkdown: front matter errors', () => {
  test.each([
    {
      name: 'a value with an unquoted colon',
      text: '---\ntitle: Storm: harbour closed\n---\nBody.',
      line: 2,
    },
    {
      name: 'an unclosed flow list',
      text: '---\ntitle: ok\nauthor: [Jane Doe\nurl: https://example.com\n---\nBody.',
      line: 3,
    },
    {
      name: 'bad indentation',
      text: '---\ntitle: ok\ntags:\n  - a\n - b\n---\nBody.',
      line: 5,
    },
  ])('malformed YAML ($name) names the file and the line', ({ text, line }) => {
    const result = readMarkdown('clips/storm.md', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ file: 'clips/storm.md', rule: 'front-matter-malformed', line, severity: 'error' });
    expect(result.error.message).toMatch(/^malformed front matter at line \d+: /);
    expect(result.error.message).toContain(`at line ${line}:`);
    expect(result.error.message).toContain('fix the YAML between the --- lines');
  });

  test('an unclosed front matter is an error naming the file and the fix', () => {
    const result = readMarkdown('clips/storm.md', '---\ntitle: Storm\n\nThe storm hit.');
    expect(result).toEqual({
      ok: false,
      error: {
        file: 'clips/storm.md',
        rule: 'front-matter-unclosed',
        message: expect.stringMatching(/^front matter opened with --- on line 1 is never closed: add a line ---/),
        line: 1,
        severity: 'error',
      },
    });
  });

  test('a --- that is not on the first line is not front matter', () => {
    expect(read('Intro.\n\n---\ntitle: x\n---\n')).toMatchObject({ meta: noMeta });
  });
});

describe('readMarkdown: front matter fields', () => {
  test.each<{ name: string; yaml: string; meta: Partial<PageMeta> }>([
    { name: 'an unquoted YAML date', yaml: 'published: 2024-05-01', meta: { published: '2024-05-01' } },
    {
      name: 'an unquoted YAML date and time',
      yaml: 'published: 2024-05-01T14:30:00Z',
      meta: { published: '2024-05-01T14:30:00.000Z' },
    },
    { name: 'a quoted date', yaml: 'published: "May 1, 2024"', meta: { published: 'May 1, 2024' } },
    { name: 'a bare year', yaml: 'date: 2024', meta: { published: '2024' } },
    {
      name: 'published before date before created',
      yaml: 'created: 2024-05-03\ndate: 2024-05-02\npublished: 2024-05-01',
      meta: { published: '2024-05-01' },
    },
    { name: 'an empty published falls back to created', yaml: 'published:\ncreated: 2024-05-03', meta: { published: '2024-05-03' } },
    { name: 'an author string is one name', yaml: 'author: Jane Doe, John Roe', meta: { authors: ['Jane Doe, John Roe'] } },
    { name: 'an authors list', yaml: 'authors: ["  Jane  Doe ", "", "John Roe"]', meta: { authors: ['Jane Doe', 'John Roe'] } },
    { name: 'a wiki link with alias', yaml: 'author: "[[Jane Doe|J. Doe]]"', meta: { authors: ['J. Doe'] } },
    { name: 'a source that is not a URL is left to readFrontMatter', yaml: 'source: Reuters\nurl: https://example.com/a', meta: { url: 'https://example.com/a' } },
    { name: 'site', yaml: 'site: Example News', meta: { source: 'Example News' } },
    { name: 'a numeric title', yaml: 'title: 1984', meta: { titles: ['1984'] } },
    { name: 'tags and unknown keys are ignored', yaml: 'tags: [a, b]\nimage: x.png\nword_count: 12', meta: {} },
    { name: 'empty front matter', yaml: '', meta: {} },
  ])('$name', ({ yaml, meta }) => {
    const result = readMarkdown('seed.md', `---\n${yaml}\n---\nBody.`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.meta).toEqual({ titles: [], authors: [], ...meta });
    expect(result.page.warnings).toEqual([]);
  });

  test.each([
    { yaml: 'author: 42', field: 'author', expected: 'expected a name or a list of names, found number 42' },
    { yaml: 'author: {name: Jane}', field: 'author', expected: 'expected a name or a list of names, found a mapping' },
    { yaml: 'url: ftp://example.com/a', field: 'url', expected: 'expected a web address' },
    { yaml: 'title: [a, b]', field: 'title', expected: 'expected a line of text' },
    { yaml: 'published: [2024]', field: 'published', expected: 'expected a date' },
  ])('a value of the wrong type is ignored with a warning: $yaml', ({ yaml, field, expected }) => {
    const result = readMarkdown('seed.md', `---\ntags: [news]\n${yaml}\n---\nBody.`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.page.meta).toEqual(noMeta);
    expect(result.page.warnings).toHaveLength(1);
    expect(result.page.warnings[0]).toMatchObject({ file: 'seed.md', rule: 'front-matter-ignored-value', line: 3, severity: 'warning' });
    expect(result.page.warnings[0]?.message).toMatch(new RegExp(`^front matter field "${field}" ignored: `));
    expect(result.page.warnings[0]?.message).toContain(expected);
  });
});

describe('readMarkdown: body', () => {
  test.each<{ name: string; markdown: string; blocks: PageBlock[] }>([
    {
      name: 'a nested list',
      markdown: '- one\n- two\n  - two a\n  - two b\n- three',
      blocks: [
        { kind: 'list-item', text: 'one' },
        { kind: 'list-item', text: 'two' },
        { kind: 'list-item', text: 'two a' },
        { kind: 'list-item', text: 'two b' },
        { kind: 'list-item', text: 'three' },
      ],
    },
    {
      name: 'a loose list item with two paragraphs',
      markdown: '1. First part.\n\n   Second part.\n2. Next.',
      blocks: [
        { kind: 'list-item', text: 'First part. Second part.' },
        { kind: 'list-item', text: 'Next.' },
      ],
    },
    {
      name: 'HTML is never rendered: only its text is kept',
      markdown: '<script>alert(1)</script>\n\n<div>Hi <b>there</b> &amp; you</div>\n\nSome <span class="x">inline</span> HTML.',
      blocks: [
        { kind: 'paragraph', text: 'alert(1)' },
        { kind: 'paragraph', text: 'Hi there & you' },
        { kind: 'paragraph', text: 'Some inline HTML.' },
      ],
    },
    {
      name: 'an HTML comment and an empty tag give no block',
      markdown: '<!-- saved by a clipper -->\n\n<div></div>\n\nText.',
      blocks: [{ kind: 'paragraph', text: 'Text.' }],
    },
    {
      name: 'a fenced code block is a paragraph',
      markdown: '```js\nconst a = 1;\n```',
      blocks: [{ kind: 'paragraph', text: 'const a = 1;' }],
    },
    {
      name: 'inline code, a hard break, a reference link',
      markdown: 'Run `npm test`  \nthen [the docs][d].\n\n[d]: https://example.com',
      blocks: [{ kind: 'paragraph', text: 'Run npm test then the docs.' }],
    },
    {
      name: 'an image inside a link, and an image with no alt',
      markdown: '[![Photo: Jane Doe/Agency](a.jpg)](https://example.com) ![](b.jpg)',
      blocks: [{ kind: 'paragraph', text: 'Photo: Jane Doe/Agency', removed: 'caption or credit' }],
    },
    {
      name: 'an image in a heading and in a quote',
      markdown: '# Title ![logo](l.png)\n\n> Said ![face](f.png) so.',
      blocks: [
        { kind: 'heading', text: 'Title' },
        { kind: 'paragraph', text: 'logo', removed: 'caption or credit' },
        { kind: 'quote', text: 'Said so.' },
        { kind: 'paragraph', text: 'face', removed: 'caption or credit' },
      ],
    },
    {
      name: 'a list and a nested quote inside a quote',
      markdown: '> Intro\n>\n> - point\n>\n> > inner',
      blocks: [
        { kind: 'quote', text: 'Intro' },
        { kind: 'list-item', text: 'point' },
        { kind: 'quote', text: 'inner' },
      ],
    },
    {
      name: 'a setext heading and a thematic break',
      markdown: 'Headline\n========\n\n***\n\nBody.',
      blocks: [
        { kind: 'heading', text: 'Headline' },
        { kind: 'paragraph', text: 'Body.' },
      ],
    },
    { name: 'an empty body', markdown: '', blocks: [] },
  ])('$name', ({ markdown, blocks }) => {
    expect(read(markdown)).toMatchObject({ blocks, meta: noMeta, warnings: [] });
  });
});

describe('readMarkdown: robustness', () => {
  test('never throws, and every block is non-empty collapsed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (body, withFront) => {
        const text = withFront ? `---\ntitle: x\n---\n${body}` : body;
        const result = readMarkdown('seed.md', text);
        if (!result.ok) return;
        for (const block of result.page.blocks) {
          expect(block.text).not.toBe('');
          expect(block.text).toBe(block.text.replace(/\s+/gu, ' ').trim());
        }
      }),
    );
  });

  test.each(['---', '---\n', '---\n---', '>'.repeat(2000) + ' deep', '- '.repeat(500) + 'x', '[[[[', '<', '\u0000'])(
    'an odd input %#',
    (text) => {
      expect(() => readMarkdown('seed.md', text)).not.toThrow();
    },
  );
});
