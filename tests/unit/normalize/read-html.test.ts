import { describe, expect, test } from 'vitest';
import type { PageBlock } from '../../../src/lib/normalize/page-blocks.ts';
import { readHtml } from '../../../src/lib/normalize/read-html.ts';

/** The blocks a page reads to (where they stand is tested apart). */
const blocks = (html: string): readonly PageBlock[] => readHtml(html).blocks.map(({ parent: _, ...b }) => b);

describe('readHtml: the kind of each block', () => {
  test.each<{ name: string; html: string; expected: PageBlock[] }>([
    {
      name: 'h1 to h6 are headings',
      html: '<h1>One</h1><h2>Two</h2><h3>Three</h3><h4>Four</h4><h5>Five</h5><h6>Six</h6>',
      expected: ['One', 'Two', 'Three', 'Four', 'Five', 'Six'].map((text) => ({ kind: 'heading', text })),
    },
    {
      name: 'li of ul and ol are list items',
      html: '<ul><li>Ferries cancelled</li><li>Schools shut</li></ul><ol><li>First</li></ol>',
      expected: [
        { kind: 'list-item', text: 'Ferries cancelled' },
        { kind: 'list-item', text: 'Schools shut' },
        { kind: 'list-item', text: 'First' },
      ],
    },
    {
      name: 'a list item whose text is in a paragraph is still a list item',
      html: '<ul><li><p>Ferries cancelled</p></li><li><div>Schools shut</div></li></ul>',
      expected: [
        { kind: 'list-item', text: 'Ferries cancelled' },
        { kind: 'list-item', text: 'Schools shut' },
      ],
    },
    {
      name: 'blockquote text, with or without paragraphs, is a quote',
      html: '<blockquote>We have never seen anything like it.</blockquote><blockquote><p>It went on all night.</p><p>All of it.</p></blockquote>',
      expected: [
        { kind: 'quote', text: 'We have never seen anything like it.' },
        { kind: 'quote', text: 'It went on all night.' },
        { kind: 'quote', text: 'All of it.' },
      ],
    },
    {
      name: 'p and div text are paragraphs',
      html: '<p>A paragraph.</p><div>Text in a div.</div><section><div><div>Deep in divs.</div></div></section>',
      expected: [
        { kind: 'paragraph', text: 'A paragraph.' },
        { kind: 'paragraph', text: 'Text in a div.' },
        { kind: 'paragraph', text: 'Deep in divs.' },
      ],
    },
    {
      name: 'inline elements stay inside their block',
      html: '<p>The storm hit on <b>Wednesday</b>, <a href="https://port.example.com">the port</a> <em>said</em>.</p>',
      expected: [{ kind: 'paragraph', text: 'The storm hit on Wednesday, the port said.' }],
    },
    {
      name: 'text after a nested block goes on in its own block',
      html: '<div>Before<p>Inside</p>After</div>',
      expected: [
        { kind: 'paragraph', text: 'Before' },
        { kind: 'paragraph', text: 'Inside' },
        { kind: 'paragraph', text: 'After' },
      ],
    },
  ])('$name', ({ html, expected }) => {
    expect(blocks(html)).toEqual(expected);
  });
});

describe('readHtml: text and whitespace', () => {
  test.each([
    { name: '<br> splits a block', html: '<p>Line one<br>Line two<br/>Line three</p>', texts: ['Line one', 'Line two', 'Line three'] },
    { name: 'runs of spaces, tabs and newlines collapse to one space', html: '<p>  lots \n\t of \r\n  space  </p>', texts: ['lots of space'] },
    { name: 'non-breaking spaces collapse too', html: '<p>a&nbsp;&nbsp;b</p>', texts: ['a b'] },
    { name: 'entities are decoded', html: '<p>Tom &amp; Jerry &quot;quoted&quot; &#233;t&eacute;</p>', texts: ['Tom & Jerry "quoted" été'] },
    { name: 'an element with only whitespace gives no block', html: '<p>   </p><div>\n\t</div><p>x</p>', texts: ['x'] },
    {
      name: 'escaped markup stays literal text',
      html: '<p>The page showed &lt;script&gt;alert(1)&lt;/script&gt; to every reader.</p>',
      texts: ['The page showed <script>alert(1)</script> to every reader.'],
    },
  ])('$name', ({ html, texts }) => {
    expect(blocks(html).map((b) => b.text)).toEqual(texts);
  });
});

describe('readHtml: what a reader never sees gives no text', () => {
  test.each([
    { name: 'script', html: '<script>var secret = "x";</script>' },
    { name: 'style', html: '<style>p { color: red } .secret {}</style>' },
    { name: 'iframe', html: '<iframe src="https://ads.example.com">secret</iframe>' },
    { name: 'template', html: '<template><p>secret</p></template>' },
    { name: 'noscript', html: '<noscript><p>secret: enable JavaScript</p></noscript>' },
    { name: 'form', html: '<form><label>secret</label><input value="secret"><button>secret</button></form>' },
    { name: 'svg', html: '<svg viewBox="0 0 10 10"><title>secret</title><text>secret</text></svg>' },
    { name: 'the hidden attribute', html: '<p hidden>secret</p><div hidden="hidden"><p>secret</p></div>' },
    { name: 'aria-hidden', html: '<div aria-hidden="true"><p>secret</p></div>' },
    { name: 'an inline display: none', html: '<p style="display:none">secret</p><div style="color: red; DISPLAY : NONE"><p>secret</p></div>' },
  ])('$name', ({ html }) => {
    expect(blocks(`<p>Before.</p>${html}<p>After.</p>`).map((b) => b.text)).toEqual(['Before.', 'After.']);
  });

  test('aria-hidden="false" is shown', () => {
    expect(blocks('<p aria-hidden="false">Shown.</p>').map((b) => b.text)).toEqual(['Shown.']);
  });
});

describe('readHtml: what the markup says is not the article', () => {
  const page = `
    <header class="site-header"><a href="/">The Harbour Gazette</a> <a href="/subscribe">Subscribe</a></header>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
    <article>
      <header><h1>Storm closes the harbour</h1><p>By Jane Doe</p></header>
      <figure><img src="waves.jpg" alt="Waves"><figcaption>Waves over the sea wall. Photo: John Roe</figcaption></figure>
      <p>The storm hit the coast on Wednesday.</p>
    </article>
    <aside><h2>Related stories</h2><ul><li><a href="/a">Ferry fares to rise</a></li></ul></aside>
    <div role="navigation"><a href="/next">Next story</a></div>
    <footer><p>© 2024 The Harbour Gazette</p></footer>`;

  test('site chrome comes with its reason; the article header, its headline and text do not', () => {
    expect(blocks(page)).toEqual([
      { kind: 'paragraph', text: 'The Harbour Gazette Subscribe', removed: 'navigation' },
      { kind: 'list-item', text: 'News', removed: 'navigation' },
      { kind: 'list-item', text: 'Sport', removed: 'navigation' },
      { kind: 'heading', text: 'Storm closes the harbour' },
      { kind: 'paragraph', text: 'By Jane Doe' },
      { kind: 'paragraph', text: 'Waves over the sea wall. Photo: John Roe', removed: 'caption or credit' },
      { kind: 'paragraph', text: 'The storm hit the coast on Wednesday.' },
      { kind: 'heading', text: 'Related stories', removed: 'related links' },
      { kind: 'list-item', text: 'Ferry fares to rise', removed: 'related links' },
      { kind: 'paragraph', text: 'Next story', removed: 'navigation' },
      { kind: 'paragraph', text: '© 2024 The Harbour Gazette', removed: 'boilerplate' },
    ]);
  });

  test.each<{ name: string; html: string; removed: PageBlock['removed'] }>([
    // Each page has one block 'Marked': is it removed, and why?
    { name: 'a header outside the article without an h1 is the site header', html: '<header><p>Marked</p></header><p>Text.</p>', removed: 'navigation' },
    { name: 'a header outside the article with the h1 is the article header', html: '<header><h1>Marked</h1></header><p>Text.</p>', removed: undefined },
    { name: 'a header inside <main> is the article header', html: '<main><header><p>Marked</p></header><p>Text.</p></main>', removed: undefined },
    { name: 'a footer inside the article is kept', html: '<article><p>Text.</p><footer><p>Marked</p></footer></article>', removed: undefined },
    { name: 'role="contentinfo" is a footer', html: '<div role="contentinfo"><p>Marked</p></div>', removed: 'boilerplate' },
    { name: 'role="complementary" is related links', html: '<div role="complementary"><p>Marked</p></div>', removed: 'related links' },
    { name: 'a table caption is a caption', html: '<table><caption>Marked</caption><tr><td>1</td></tr></table>', removed: 'caption or credit' },
  ])('$name', ({ html, removed }) => {
    const marked = blocks(html).find((b) => b.text === 'Marked');
    expect(marked).toBeDefined();
    expect(marked?.removed).toBe(removed);
  });
});

describe('readHtml: broken markup is parsed as a browser parses it, never thrown on', () => {
  test.each<{ name: string; html: string; texts: string[] }>([
    { name: 'unclosed tags', html: '<div><p>First <b>bold<p>Second', texts: ['First bold', 'Second'] },
    { name: 'a stray closing tag', html: '<p>First.</p></div></span><p>Second.</p>', texts: ['First.', 'Second.'] },
    { name: 'a paragraph inside a paragraph', html: '<p>Outer <p>Inner</p> tail</p>', texts: ['Outer', 'Inner', 'tail'] },
    { name: 'no html, head or body', html: 'Loose text <p>A paragraph <li>An item', texts: ['Loose text', 'A paragraph', 'An item'] },
    { name: 'an unclosed comment', html: '<p>Shown.</p><!-- never closed <p>hidden', texts: ['Shown.'] },
    { name: 'an unclosed script swallows the rest', html: '<p>Shown.</p><script>var a = "<p>not text</p>', texts: ['Shown.'] },
    { name: 'attributes without quotes or values', html: '<p class=lead data-x>Lead.</p>', texts: ['Lead.'] },
    { name: 'an empty document', html: '', texts: [] },
  ])('$name', ({ html, texts }) => {
    expect(blocks(html).map((b) => b.text)).toEqual(texts);
  });
});

describe('readHtml: the element each block stands in', () => {
  /** The blocks' texts grouped by the element they stand in, in document order. */
  const sideBySide = (html: string): string[][] => {
    const groups = new Map<number | undefined, string[]>();
    for (const b of readHtml(html).blocks) groups.set(b.parent, [...(groups.get(b.parent) ?? []), b.text]);
    return [...groups.values()];
  };
  test.each<{ name: string; html: string; expected: string[][] }>([
    {
      name: 'the paragraphs and subheadings of one text share it; the list items their list',
      html: '<div><p>One.</p><h2>Sub</h2><p>Two.</p><ul><li>A</li><li>B</li></ul></div>',
      expected: [['One.', 'Sub', 'Two.'], ['A', 'B']],
    },
    {
      name: 'lines split by <br> in one paragraph stand where the paragraph stands',
      html: '<article><p>First<br>Second</p><p>Third.</p></article><aside><p>Elsewhere.</p></aside>',
      expected: [['First', 'Second', 'Third.'], ['Elsewhere.']],
    },
    { name: 'text directly in the page', html: 'Loose <b>text</b>', expected: [['Loose text']] },
  ])('$name', ({ html, expected }) => {
    expect(sideBySide(html)).toEqual(expected);
  });
});
