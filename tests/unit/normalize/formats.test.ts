// One article saved three ways (copied text, a saved web page, a web clipper's Markdown): each
// normalizes to the same record, with what each format adds (the page's address, its publisher, the
// kinds of its blocks) and its chrome removed with reasons.
import { describe, expect, test } from 'vitest';
import { articleSchema, type Article, type BodyBlock, type RemovedLine } from '../../../src/lib/article/schema.ts';
import { normalize } from '../../../src/lib/normalize/index.ts';
import type { NormalizedSeed } from '../../../src/lib/normalize/types.ts';

const headline = 'Harbour bridge to close to cars in June';
const url = 'https://www.harbourgazette.example/news/2024/03/12/harbour-bridge-to-close';
const paragraphs = [
  'The city council voted on Tuesday night to close the old harbour bridge to cars from the first of June, ending months of argument over the crumbling crossing.',
  'Engineers told councillors that corrosion in the steel supports had spread faster than expected, and that heavy traffic could no longer be carried safely across the span.',
  'Residents on the north bank said the closure would add twenty minutes to the school run, while shopkeepers on Quay Street feared losing passing trade for a year or more.',
  'The council has set aside 14 million pounds for repairs and expects the bridge to reopen to traffic in the spring of 2026, if the work goes to plan and the weather allows.',
] as const;
const items = ['Cars and vans will be banned from the bridge from 1 June.', 'Cyclists and pedestrians can still cross at any time.'] as const;
const quote = '“We simply cannot keep heavy traffic on a bridge in this state,” the chief engineer, Sam Patel, told the meeting.';
const related = ['Ferry fares to rise in April', 'New cycle lanes approved for the north bank'] as const;
const [p0, p1, p2, p3] = paragraphs;

/** The page as a reader copies it out of a browser. */
const txt = (nav = 'The Harbour Gazette\n\nHome | News | Sport | Weather | Contact'): string => `${nav}

${headline}

By Jane Doe

12 March 2024

${p0}

${p1}

- ${items[0]}
- ${items[1]}

${p2}

${quote}

${p3}

Related stories

${related[0]}

${related[1]}

© 2024 The Harbour Gazette. All rights reserved.
`;

/** The page as a browser saves it. */
const html = (list: readonly string[] = items): string => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${headline} | The Harbour Gazette</title>
<link rel="canonical" href="${url}">
<meta property="og:title" content="${headline}">
<meta property="og:site_name" content="The Harbour Gazette">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${headline}","datePublished":"2024-03-12T18:30:00+00:00","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"The Harbour Gazette"}}</script>
<script>window.dataLayer = window.dataLayer || [];</script>
<style>body { font-family: Georgia, serif; }</style>
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">The Harbour Gazette</a>
  <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
</header>
<main>
<article>
  <header>
    <h1>${headline}</h1>
    <p class="byline">By <a href="/authors/jane-doe">Jane Doe</a></p>
    <time datetime="2024-03-12T18:30:00Z">12 March 2024</time>
  </header>
  <figure>
    <img src="/images/bridge.jpg" alt="The harbour bridge at dusk">
    <figcaption>The harbour bridge at dusk. Photo: John Roe</figcaption>
  </figure>
  <p>${p0}</p>
  <p>${p1}</p>
  <ul>
${list.map((item) => `    <li>${item}</li>`).join('\n')}
  </ul>
  <p>${p2}</p>
  <blockquote><p>${quote}</p></blockquote>
  <p>${p3}</p>
</article>
<aside>
  <h2>Related stories</h2>
  <ul><li><a href="/ferry">${related[0]}</a></li><li><a href="/cycle">${related[1]}</a></li></ul>
</aside>
</main>
<footer>
  <p>© 2024 The Harbour Gazette. All rights reserved.</p>
  <p><a href="/privacy">Privacy policy</a> <a href="/terms">Terms of use</a></p>
</footer>
</body>
</html>
`;

/** The page as Obsidian Web Clipper saves it. */
const md = (list: readonly string[] = items): string => `---
title: "${headline}"
source: "${url}"
author:
  - "[[Jane Doe]]"
published: 2024-03-12
created: 2024-03-14
description: "The old harbour bridge will close to cars from June while its steel supports are repaired."
tags:
  - "clippings"
---
# ${headline}

${p0}

![The harbour bridge at dusk](https://www.harbourgazette.example/images/bridge.jpg)

${p1}

${list.map((item) => `- ${item}`).join('\n')}

${p2}

> ${quote}

${p3}
`;

/** Normalize a seed; the test fails with the error when it is rejected. */
function read(file: string, text: string): NormalizedSeed {
  const result = normalize({ file, bytes: new TextEncoder().encode(text) });
  if (!result.ok) throw new Error(result.error.message);
  return result;
}

const structuredBlocks: BodyBlock[] = [
  { kind: 'paragraph', text: p0 },
  { kind: 'paragraph', text: p1 },
  { kind: 'list-item', text: items[0] },
  { kind: 'list-item', text: items[1] },
  { kind: 'paragraph', text: p2 },
  { kind: 'quote', text: quote },
  { kind: 'paragraph', text: p3 },
];

const formats: {
  format: string;
  file: string;
  text: string;
  record: Partial<Article>;
  blocks: BodyBlock[];
  removed: RemovedLine[];
}[] = [
  {
    format: 'copied text',
    file: 'bridge.txt',
    text: txt(),
    record: { title: headline, titleSource: 'headline', url: null },
    // A .txt seed's lines are text as written: the list markers stay.
    // Dashed lines in a row are clearly a list: list items, the dash kept.
    blocks: [p0, p1, `- ${items[0]}`, `- ${items[1]}`, p2, quote, p3].map((text) => ({ kind: text.startsWith('- ') ? 'list-item' : 'paragraph', text })),
    removed: [
      { text: 'The Harbour Gazette', reason: 'navigation' },
      { text: 'Home | News | Sport | Weather | Contact', reason: 'navigation' },
      { text: 'Related stories', reason: 'related links' },
      { text: '© 2024 The Harbour Gazette. All rights reserved.', reason: 'copyright' },
    ],
  },
  {
    format: 'a saved web page',
    file: 'bridge.html',
    text: html(),
    record: { title: headline, titleSource: 'headline', url, source: 'The Harbour Gazette' },
    blocks: structuredBlocks,
    removed: [
      { text: 'The Harbour Gazette', reason: 'navigation' },
      { text: 'Home', reason: 'navigation' },
      { text: 'News', reason: 'navigation' },
      { text: 'Sport', reason: 'navigation' },
      { text: 'Weather', reason: 'navigation' },
      { text: 'The harbour bridge at dusk. Photo: John Roe', reason: 'caption or credit' },
      { text: 'Related stories', reason: 'related links' },
      { text: related[0], reason: 'related links' },
      { text: related[1], reason: 'related links' },
      { text: '© 2024 The Harbour Gazette. All rights reserved.', reason: 'boilerplate' },
      { text: 'Privacy policy Terms of use', reason: 'boilerplate' },
    ],
  },
  {
    format: 'a web clipping',
    file: 'bridge.md',
    text: md(),
    // The clipper's `source` is the page's address; it names no publisher.
    record: { title: headline, titleSource: 'front-matter', url, source: null },
    blocks: structuredBlocks,
    removed: [{ text: 'The harbour bridge at dusk', reason: 'caption or credit' }],
  },
];

describe.each(formats)('the article as $format ($file)', ({ file, text, record, blocks, removed }) => {
  const result = read(file, text);
  const { article } = result;

  test('is a valid record', () => {
    expect(articleSchema.safeParse(article).error).toBeUndefined();
  });

  test('has its title, address and publisher', () => {
    expect(article).toMatchObject(record);
  });

  test('has its date as YYYY-MM-DD', () => {
    expect({ date: article.date, dateSource: article.dateSource }).toEqual({ date: '2024-03-12', dateSource: 'explicit' });
  });

  test('has its author, without "By"', () => {
    expect({ byline: article.byline, authors: article.authors }).toEqual({ byline: 'Jane Doe', authors: ['Jane Doe'] });
  });

  test('has every paragraph, in order, starting with the first', () => {
    expect(article.body[0]).toBe(p0);
    expect(article.body.filter((p) => (paragraphs as readonly string[]).includes(p))).toEqual([...paragraphs]);
  });

  test('has each block with its kind, and nothing else in the body', () => {
    expect(article.blocks).toEqual(blocks);
    expect(article.body).toEqual(blocks.map((b) => b.text));
  });

  test('removes the page chrome, each line with its reason', () => {
    expect(article.removed).toEqual(expect.arrayContaining(removed));
    expect(article.removed.map((r) => r.text)).not.toContain(p0);
  });

  test('keeps every line of the seed, the headline as title', () => {
    expect(result.lines.find((l) => l.role === 'title')?.text).toBe(headline);
    expect(result.lines.filter((l) => l.role === 'body').map((l) => l.text)).toEqual(article.body);
    expect(result.lines.filter((l) => l.role === 'removed').map(({ text, reason }) => ({ text, reason }))).toEqual(article.removed);
  });

  test('has no warnings', () => {
    expect(article.warnings).toEqual([]);
  });
});

describe('the same article whatever the format', () => {
  test('gives the same title, date, authors and paragraphs', () => {
    const essentials = formats.map(({ file, text }) => {
      const { title, date, authors, body } = read(file, text).article;
      return { title, date, authors, paragraphs: body.filter((p) => (paragraphs as readonly string[]).includes(p)) };
    });
    expect(essentials[1]).toEqual(essentials[0]);
    expect(essentials[2]).toEqual(essentials[0]);
  });
});

/**
 * Known problems of the normalizer outside the seed readers: each test states the right record and
 * is expected to fail until the problem is fixed (vitest then reports it: remove `fails`).
 */
describe('known problems (expected to fail until fixed)', () => {
  test.fails('copied text: a menu line of words between | right above the headline is not the headline (find-headline / assign-roles)', () => {
    const { article } = read('bridge.txt', txt('Home | News | Sport | Weather | Contact'));
    expect(article.title).toBe(headline);
  });

  test.fails('copied text: the links under a "Related stories" heading are removed as related links (mark-body: the section heading was decided earlier, so its section is not carried)', () => {
    const { article } = read('bridge.txt', txt());
    expect(article.removed).toEqual(expect.arrayContaining(related.map((text) => ({ text, reason: 'related links' }))));
  });

  test.fails('copied text: the publisher from a copyright line has no trailing full stop (find-source strips "All" after the dots)', () => {
    expect(read('bridge.txt', txt()).article.source).toBe('The Harbour Gazette');
  });

});

describe('list items a structured seed states', () => {
  const fragments = ['Cars and vans banned from 1 June', 'Cyclists and pedestrians still allowed', 'Reopening planned for spring 2026'];

  test.each([
    { file: 'bridge.html', text: html(fragments) },
    { file: 'bridge.md', text: md(fragments) },
  ])('$file: list items without a full stop inside the text are kept as list items', ({ file, text }) => {
    expect(read(file, text).article.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(fragments);
  });
});
